package org.offeringcompliance.common.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Idempotent consumers: an event id is recorded in the same transaction as its effect, so a redelivery is skipped. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event id; false for a redelivery or duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String consumer) {
        return em.createNativeQuery(
                "INSERT INTO processed_event (event_id, consumer) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).setParameter(2, consumer).executeUpdate() == 1;
    }

    /** The ids among these that this consumer sees for the first time (one statement for a whole batch). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(List<String> eventIds, String consumer) {
        @SuppressWarnings("unchecked")
        List<String> fresh = em.createNativeQuery("INSERT INTO processed_event (event_id, consumer) "
                + "SELECT DISTINCT unnest(cast(?1 AS varchar[])), ?2 ON CONFLICT DO NOTHING RETURNING event_id")
                .setParameter(1, eventIds.toArray(String[]::new)).setParameter(2, consumer).getResultList();
        return new HashSet<>(fresh);
    }

    /** For effects that span several transactions (and are idempotent): was the event fully applied already? */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean alreadyProcessed(String eventId, String consumer) {
        return !em.createNativeQuery("SELECT 1 FROM processed_event WHERE event_id = ?1 AND consumer = ?2")
                .setParameter(1, eventId).setParameter(2, consumer).getResultList().isEmpty();
    }
}
