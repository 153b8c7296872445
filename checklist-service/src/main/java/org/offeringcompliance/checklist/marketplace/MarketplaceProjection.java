package org.offeringcompliance.checklist.marketplace;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.completion.CompletionLifecycle;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.RoleData;
import org.offeringcompliance.checklist.offering.ChecklistReservations;

/**
 * Applies marketplace facts to this service's own tables. Versions make every step safe to repeat and to receive
 * out of order: an older version never overwrites a newer one, and a deleted offering user stays deleted.
 */
@ApplicationScoped
public class MarketplaceProjection {

    @Inject
    CompletionLifecycle lifecycle;

    @Inject
    CustomerRoleRef roles;

    @Inject
    EntityManager em;

    @Inject
    ChecklistReservations reservations;

    /**
     * Records the offering's checklist unless a newer version is already known (an upsert, so concurrent consumers
     * cannot collide); returns the offering's checklist after this event, or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID applyOffering(String type, OfferingData data) {
        UUID checklist = type.endsWith(".deleted") ? null : data.checklist();
        int applied = em.createNativeQuery("INSERT INTO offering_checklist (offering_uuid, checklist_uuid, version) "
                + "VALUES (?1, ?2, ?3) ON CONFLICT (offering_uuid) DO UPDATE SET checklist_uuid = EXCLUDED.checklist_uuid, "
                + "version = EXCLUDED.version WHERE offering_checklist.version IS NULL "
                + "OR offering_checklist.version <= EXCLUDED.version").setParameter(1, data.offering())
                .setParameter(2, checklist).setParameter(3, data.version()).executeUpdate();
        if (applied == 1 && type.endsWith(".deleted")) {
            reservations.offeringDeleted(data.offering());
        } else if (applied == 1 && checklist != null) {
            reservations.settled(data.offering(), checklist);
        }
        return applied == 1 ? checklist : null;
    }

    /** Returns the offering user when its completion may need creating (the caller does that for a whole batch). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfferingUserRef applyOfferingUser(String type, OfferingUserData data) {
        OfferingUserRef ref = OfferingUserRef.findById(data.offeringUser());
        if (type.endsWith(".deleted")) {
            ref = ref == null ? newRef(data) : ref;
            ref.deleted = true;
            ref.version = Math.max(ref.version, data.version());
            lifecycle.deleteAll(ref);
            return null;
        }
        if (ref != null && (ref.deleted || ref.version > data.version())) {
            return null;
        }
        ref = ref == null ? newRef(data) : ref;
        ref.version = data.version();
        ref.username = nonNull(data.username());
        ref.fullName = nonNull(data.userFullName());
        ref.email = nonNull(data.userEmail());
        return ref;
    }

    /**
     * Until an offering's own event arrives, trust the checklist its offering users' events carry (version 0 loses to
     * the offering's event); one statement for a batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void trustChecklists(Map<UUID, UUID> checklistByOffering) {
        if (checklistByOffering.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO offering_checklist (offering_uuid, checklist_uuid, version) "
                + "SELECT o, c, 0 FROM unnest(cast(?1 AS uuid[]), cast(?2 AS uuid[])) AS t(o, c) ON CONFLICT DO NOTHING")
                .setParameter(1, checklistByOffering.keySet().toArray(UUID[]::new))
                .setParameter(2, checklistByOffering.values().toArray(UUID[]::new)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRole(String type, RoleData data) {
        UUID customer = MarketplaceEventData.uuid(data.customerUuid());
        UUID user = MarketplaceEventData.uuid(data.userUuid());
        if (type.endsWith(".granted")) {
            roles.grant(customer, user, data.role());
        } else if (type.endsWith(".revoked")) {
            roles.revoke(customer, user, data.role());
        }
    }

    /**
     * Reconciliation: the offering's checklist as the marketplace has it, unless an event of a newer version arrived
     * since its page was read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forceOffering(UUID offering, UUID checklist, long version) {
        int applied = em.createNativeQuery("INSERT INTO offering_checklist (offering_uuid, checklist_uuid, version) "
                + "VALUES (?1, ?2, ?3) ON CONFLICT (offering_uuid) DO UPDATE SET checklist_uuid = EXCLUDED.checklist_uuid, "
                + "version = EXCLUDED.version WHERE offering_checklist.version IS NULL "
                + "OR offering_checklist.version <= EXCLUDED.version").setParameter(1, offering)
                .setParameter(2, checklist).setParameter(3, version).executeUpdate();
        if (applied == 1 && checklist != null) {
            reservations.settled(offering, checklist);
        }
    }

    /**
     * Reconciliation: the offering user as the marketplace has it, under the row's lock; a tombstone or a newer version
     * (events that arrived since the page was read) is kept. Returns the live row, or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfferingUserRef forceOfferingUser(OfferingUserData data) {
        OfferingUserRef ref = em.find(OfferingUserRef.class, data.offeringUser(), LockModeType.PESSIMISTIC_WRITE);
        if (ref == null) {
            return newRef(data);
        }
        if (ref.deleted || ref.version > data.version()) {
            return ref.deleted ? null : ref;
        }
        describe(ref, data);
        return ref;
    }

    private static OfferingUserRef newRef(OfferingUserData data) {
        OfferingUserRef ref = new OfferingUserRef();
        ref.offeringUserUuid = data.offeringUser();
        describe(ref, data);
        ref.persist();
        return ref;
    }

    private static void describe(OfferingUserRef ref, OfferingUserData data) {
        ref.offeringUuid = MarketplaceEventData.uuid(data.offeringUuid());
        ref.customerUuid = MarketplaceEventData.uuid(data.customerUuid());
        ref.userUuid = MarketplaceEventData.uuid(data.userUuid());
        ref.username = nonNull(data.username());
        ref.fullName = nonNull(data.userFullName());
        ref.email = nonNull(data.userEmail());
        ref.version = data.version();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
