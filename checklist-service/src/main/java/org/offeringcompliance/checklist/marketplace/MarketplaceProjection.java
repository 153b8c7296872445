package org.offeringcompliance.checklist.marketplace;

import java.time.Instant;
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
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.PolicyData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.RoleData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.ServiceProviderData;
import org.offeringcompliance.checklist.offering.ChecklistReservations;
import org.offeringcompliance.checklist.offering.OfferingChecklist;

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
    ServiceProviderRef providers;

    @Inject
    EntityManager em;

    @Inject
    ChecklistReservations reservations;

    /** What an offering event changed here: its checklist after the event, and whether due dates must follow. */
    public record OfferingChange(UUID checklist, boolean deadlinesChanged) {
        static final OfferingChange NONE = new OfferingChange(null, false);
    }

    /**
     * Records the offering's checklist and deadline terms unless a newer version is already known (an upsert, so
     * concurrent consumers cannot collide).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfferingChange applyOffering(String type, OfferingData data) {
        boolean deleted = type.endsWith(".deleted");
        UUID checklist = deleted ? null : data.checklist();
        OfferingChecklist before = em.find(OfferingChecklist.class, data.offering(), LockModeType.PESSIMISTIC_WRITE);
        String terms = before == null
                ? null
                : termsOf(before.checklistUuid, before.dueDays, before.recertifyEveryDays,
                        before.graceDays);
        if (before != null) {
            em.detach(before);
        }
        if (!upsertOffering(data.offering(), checklist, data.version(), data.customer(), data.name(), data.modified(),
                data.policy())) {
            return OfferingChange.NONE;
        }
        if (deleted) {
            reservations.offeringDeleted(data.offering());
        } else if (checklist != null) {
            reservations.settled(data.offering(), checklist);
        }
        OfferingChecklist after = em.find(OfferingChecklist.class, data.offering());
        boolean deadlinesChanged = before != null && checklist != null && !termsOf(after.checklistUuid, after.dueDays,
                after.recertifyEveryDays, after.graceDays).equals(terms);
        return new OfferingChange(checklist, deadlinesChanged);
    }

    private static String termsOf(UUID checklist, Integer dueDays, Integer recertifyEveryDays, int graceDays) {
        return checklist + "/" + dueDays + "/" + recertifyEveryDays + "/" + graceDays;
    }

    /**
     * The one upsert of an offering's row: a newer or equal version wins; the assignment time moves only when the
     * checklist does; a policy is kept when the event carries none. True when it applied.
     */
    private boolean upsertOffering(UUID offering, UUID checklist, long version, UUID customer, String name, Instant at,
            PolicyData policy) {
        return em.createNativeQuery("INSERT INTO offering_checklist (offering_uuid, checklist_uuid, version, "
                + "customer_uuid, assigned_at, due_days, recertify_every_days, grace_days, name) "
                + "VALUES (?1, ?2, ?3, ?4, CASE WHEN CAST(?2 AS uuid) IS NULL THEN NULL ELSE CAST(?5 AS timestamptz) END, "
                + "CAST(?6 AS integer), CAST(?7 AS integer), ?8, CAST(?10 AS varchar)) "
                + "ON CONFLICT (offering_uuid) DO UPDATE SET checklist_uuid = EXCLUDED.checklist_uuid, "
                + "version = EXCLUDED.version, customer_uuid = COALESCE(EXCLUDED.customer_uuid, offering_checklist.customer_uuid), "
                + "name = COALESCE(EXCLUDED.name, offering_checklist.name), "
                + "assigned_at = CASE WHEN offering_checklist.checklist_uuid IS NOT DISTINCT FROM EXCLUDED.checklist_uuid "
                + "THEN COALESCE(offering_checklist.assigned_at, EXCLUDED.assigned_at) ELSE EXCLUDED.assigned_at END, "
                + "due_days = CASE WHEN ?9 THEN EXCLUDED.due_days ELSE offering_checklist.due_days END, "
                + "recertify_every_days = CASE WHEN ?9 THEN EXCLUDED.recertify_every_days "
                + "ELSE offering_checklist.recertify_every_days END, "
                + "grace_days = CASE WHEN ?9 THEN EXCLUDED.grace_days ELSE offering_checklist.grace_days END "
                + "WHERE offering_checklist.version IS NULL OR offering_checklist.version <= EXCLUDED.version")
                .setParameter(1, offering).setParameter(2, checklist).setParameter(3, version)
                .setParameter(4, customer).setParameter(5, at == null ? Instant.now() : at)
                .setParameter(6, policy == null ? null : policy.dueDays())
                .setParameter(7, policy == null ? null : policy.recertifyEveryDays())
                .setParameter(8, policy == null || policy.graceDays() == null ? 14 : policy.graceDays())
                .setParameter(9, policy != null).setParameter(10, name).executeUpdate() == 1;
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

    /** A provider and its customer, for the permission of the provider's exports (a set: repeats change nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyProvider(ServiceProviderData data) {
        providers.created(data.provider(), data.customer());
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
     * Reconciliation: the offering's checklist and terms as the marketplace has them, unless an event of a newer
     * version arrived since its page was read; a gone offering comes with no data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forceOffering(UUID offering, OfferingData data, long version) {
        UUID checklist = data == null ? null : data.checklist();
        boolean applied = upsertOffering(offering, checklist, version, data == null ? null : data.customer(),
                data == null ? null : data.name(), data == null ? null : data.modified(),
                data == null ? null : data.policy());
        if (applied && checklist != null) {
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
        ref.created = data.created();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
