package org.offeringcompliance.notification.messaging;

import static org.offeringcompliance.notification.messaging.EventData.uuid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.notification.messaging.EventData.CompletionData;
import org.offeringcompliance.notification.messaging.EventData.OfferingData;
import org.offeringcompliance.notification.messaging.EventData.OfferingUserData;
import org.offeringcompliance.notification.messaging.EventData.ProviderData;
import org.offeringcompliance.notification.messaging.EventData.RoleData;
import org.offeringcompliance.notification.webhook.ComplianceTypes.CompletionFlags;

/**
 * Applies the owners' facts to this service's tables, each an upsert that an older version never overwrites, so
 * redelivered and out-of-order events change nothing.
 */
@ApplicationScoped
public class Projection {

    @Inject
    EntityManager em;

    /** Where to write to a person: the latest name and address an event gave. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recipient(String userUuid, String fullName, String email) {
        if (userUuid == null || email == null || email.isBlank()) {
            return;
        }
        em.createNativeQuery("INSERT INTO recipient (user_uuid, email, full_name) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (user_uuid) DO UPDATE SET email = EXCLUDED.email, full_name = EXCLUDED.full_name")
                .setParameter(1, uuid(userUuid)).setParameter(2, email)
                .setParameter(3, fullName == null ? "" : fullName).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void offeringUser(OfferingUserData data) {
        recipient(data.userUuid(), data.userFullName(), data.userEmail());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void role(String type, RoleData data) {
        recipient(data.userUuid(), data.fullName(), data.email());
        String sql = type.endsWith(".granted")
                ? "INSERT INTO customer_role (customer_uuid, user_uuid, role) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"
                : "DELETE FROM customer_role WHERE customer_uuid = ?1 AND user_uuid = ?2 AND role = ?3";
        em.createNativeQuery(sql).setParameter(1, uuid(data.customerUuid())).setParameter(2, uuid(data.userUuid()))
                .setParameter(3, data.role()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void provider(ProviderData data) {
        em.createNativeQuery("INSERT INTO provider (provider_uuid, customer_uuid) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, uuid(data.providerUuid())).setParameter(2, uuid(data.customerUuid())).executeUpdate();
    }

    /** Returns true when the event was newer than what is held (it changed the row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean offering(String type, OfferingData data) {
        boolean deleted = type.endsWith(".deleted");
        boolean withPolicy = data.policy() != null;
        List<Integer> days = withPolicy && data.policy().reminderDays() != null
                ? data.policy().reminderDays()
                : List.of(7, 1, 0);
        return em.createNativeQuery("INSERT INTO offering (offering_uuid, customer_uuid, name, reminder_days, "
                + "overdue_every_days, escalate_after, version, deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                + "ON CONFLICT (offering_uuid) DO UPDATE SET customer_uuid = COALESCE(EXCLUDED.customer_uuid, "
                + "offering.customer_uuid), name = EXCLUDED.name, version = EXCLUDED.version, deleted = EXCLUDED.deleted, "
                + "reminder_days = CASE WHEN ?9 THEN EXCLUDED.reminder_days ELSE offering.reminder_days END, "
                + "overdue_every_days = CASE WHEN ?9 THEN EXCLUDED.overdue_every_days ELSE offering.overdue_every_days END, "
                + "escalate_after = CASE WHEN ?9 THEN EXCLUDED.escalate_after ELSE offering.escalate_after END "
                + "WHERE offering.version <= EXCLUDED.version")
                .setParameter(1, uuid(data.offeringUuid())).setParameter(2, uuid(data.customerUuid()))
                .setParameter(3, data.name() == null ? "" : data.name())
                .setParameter(4, days.toArray(Integer[]::new))
                .setParameter(5, withPolicy ? data.policy().overdueEveryDays() : Integer.valueOf(7))
                .setParameter(6, withPolicy ? data.policy().escalateAfter() : null).setParameter(7, data.version())
                .setParameter(8, deleted).setParameter(9, withPolicy).executeUpdate() == 1;
    }

    /** What the completion held before the event, or empty when the event was not newer (it changed nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CompletionFlags> completion(String type, CompletionData data) {
        UUID completion = uuid(data.completionUuid());
        @SuppressWarnings("unchecked")
        List<Object[]> held = em.createNativeQuery("SELECT is_completed, requires_review, reviewed_at FROM completion "
                + "WHERE completion_uuid = ?1 FOR UPDATE").setParameter(1, completion).getResultList();
        boolean newer = em.createNativeQuery("INSERT INTO completion (completion_uuid, offering_user_uuid, offering_uuid, "
                + "user_uuid, is_completed, due_at, compliance_state, cycle, version, deleted, requires_review, "
                + "reviewed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                + "ON CONFLICT (completion_uuid) DO UPDATE SET "
                + "is_completed = EXCLUDED.is_completed, due_at = EXCLUDED.due_at, "
                + "compliance_state = EXCLUDED.compliance_state, cycle = EXCLUDED.cycle, version = EXCLUDED.version, "
                + "deleted = completion.deleted OR EXCLUDED.deleted, requires_review = EXCLUDED.requires_review, "
                + "reviewed_at = EXCLUDED.reviewed_at "
                + "WHERE completion.version < EXCLUDED.version OR (EXCLUDED.deleted AND NOT completion.deleted)")
                .setParameter(1, completion).setParameter(2, uuid(data.offeringUserUuid()))
                .setParameter(3, uuid(data.offeringUuid())).setParameter(4, uuid(data.userUuid()))
                .setParameter(5, data.isCompleted()).setParameter(6, data.dueAt())
                .setParameter(7, data.complianceState() == null ? "pending" : data.complianceState())
                .setParameter(8, data.cycle() == null ? 1 : data.cycle()).setParameter(9, data.version())
                .setParameter(10, type.endsWith(".deleted")).setParameter(11, data.requiresReview())
                .setParameter(12, data.reviewedAt()).executeUpdate() == 1;
        if (!newer) {
            return Optional.empty();
        }
        return Optional.of(held.isEmpty()
                ? CompletionFlags.NONE
                : new CompletionFlags((Boolean) held.get(0)[0], (Boolean) held.get(0)[1], instant(held.get(0)[2])));
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
