package org.offeringcompliance.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.notification.webhook.ComplianceTypes.CompletionFlags;

/**
 * Turns the owners' events into compliance events: a pending delivery for every active subscription of the offering's
 * customer that asked for the type, written in the consumer's transaction. The compliance event's id is derived from
 * the owner's event id and the type, so an event seen twice never queues a second delivery.
 */
@ApplicationScoped
public class ComplianceEvents {

    @Inject
    EntityManager em;

    @Inject
    DeliveryBodies bodies;

    /** A checklist.completion.* event that changed the completion from {@code before} to {@code after}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completion(EventEnvelope event, UUID offering, UUID completion, CompletionFlags before,
            CompletionFlags after) {
        for (String type : ComplianceTypes.ofCompletion(event.type(), before, after)) {
            queue(event, type, offering, completion);
        }
    }

    /** A marketplace.offering.* event that was newer than the offering held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offering(EventEnvelope event, UUID offering) {
        for (String type : ComplianceTypes.ofOffering(event.type())) {
            queue(event, type, offering, offering);
        }
    }

    private void queue(EventEnvelope source, String type, UUID offering, UUID subject) {
        @SuppressWarnings("unchecked")
        List<Number> subscriptions = em.createNativeQuery("SELECT s.id FROM webhook_subscription s "
                + "JOIN offering o ON o.customer_uuid = s.customer_uuid WHERE o.offering_uuid = ?1 AND s.is_active "
                + "AND ?2 = ANY(s.event_types)").setParameter(1, offering).setParameter(2, type).getResultList();
        if (subscriptions.isEmpty()) {
            return;
        }
        UUID id = UUID.nameUUIDFromBytes((source.id() + "|" + type).getBytes(StandardCharsets.UTF_8));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String body = bodies.of(id, type, subject, source.time() == null ? now : source.time(), source.schemaversion(),
                source.data());
        em.createNativeQuery("INSERT INTO webhook_delivery (uuid, subscription_id, event_id, event_type, payload, "
                + "status, next_attempt_at, created) SELECT gen_random_uuid(), s, ?2, ?3, ?4, 'pending', ?5, ?5 "
                + "FROM unnest(?1) s ON CONFLICT (subscription_id, event_id) DO NOTHING")
                .setParameter(1, subscriptions.stream().map(Number::longValue).toArray(Long[]::new))
                .setParameter(2, id).setParameter(3, type).setParameter(4, body).setParameter(5, now).executeUpdate();
    }
}
