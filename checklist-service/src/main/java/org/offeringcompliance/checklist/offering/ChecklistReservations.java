package org.offeringcompliance.checklist.offering;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Assignments that the marketplace has validated (update_compliance_checklist) and whose offering event has not arrived
 * yet. Together with {@link OfferingChecklist} they tell whether a checklist is in use, whatever the timing of an
 * assignment and a deletion: both take the checklist's row lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChecklistReservations {

    /**
     * Longer than any outage the events should take to get through; an assignment that rolled back stops blocking the
     * deletion after it, or as soon as a reconciliation sees the offering with another checklist.
     */
    static final Duration LAPSE = Duration.ofHours(24);

    @Inject
    EntityManager em;

    /** The caller holds the checklist's row lock. */
    public void reserve(UUID checklist, UUID offering) {
        em.createNativeQuery("INSERT INTO checklist_reservation (checklist_uuid, offering_uuid, reserved_at) "
                + "VALUES (?1, ?2, now()) ON CONFLICT (checklist_uuid, offering_uuid) DO UPDATE SET reserved_at = now()")
                .setParameter(1, checklist).setParameter(2, offering).executeUpdate();
    }

    public boolean isPending(UUID checklist) {
        return !em.createNativeQuery("SELECT 1 FROM checklist_reservation WHERE checklist_uuid = ?1 "
                + "AND reserved_at > now() - make_interval(secs => ?2)").setParameter(1, checklist)
                .setParameter(2, LAPSE.toSeconds()).setMaxResults(1).getResultList().isEmpty();
    }

    /** The offering's event naming the checklist arrived: the use is now in {@link OfferingChecklist}. */
    public void settled(UUID offering, UUID checklist) {
        em.createNativeQuery("DELETE FROM checklist_reservation WHERE offering_uuid = ?1 AND checklist_uuid = ?2")
                .setParameter(1, offering).setParameter(2, checklist).executeUpdate();
    }

    /** Reconciliation: the marketplace shows the offering with this checklist (or none) after these were taken. */
    public void lapsedBefore(UUID offering, UUID currentChecklist, java.time.Instant ownerReadAt) {
        em.createNativeQuery("DELETE FROM checklist_reservation WHERE offering_uuid = ?1 "
                + "AND checklist_uuid IS DISTINCT FROM cast(?2 AS uuid) AND reserved_at < ?3").setParameter(1, offering)
                .setParameter(2, currentChecklist).setParameter(3, ownerReadAt.minusSeconds(60)).executeUpdate();
    }

    public void offeringDeleted(UUID offering) {
        em.createNativeQuery("DELETE FROM checklist_reservation WHERE offering_uuid = ?1").setParameter(1, offering)
                .executeUpdate();
    }
}
