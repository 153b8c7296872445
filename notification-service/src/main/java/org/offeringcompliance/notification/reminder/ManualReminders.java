package org.offeringcompliance.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.mail.Mail;
import org.offeringcompliance.notification.mail.MailTemplates;
import org.offeringcompliance.notification.mail.MailTemplates.Item;
import org.offeringcompliance.notification.mail.Notifications;

/** A provider's "remind all pending": one mail per person and offering, at most one a day (a unique key). */
@ApplicationScoped
public class ManualReminders {

    /** Whose users to remind: the customer's offerings (or one), users with that status (or only these). */
    public record Target(UUID customer, UUID offering, String status, List<UUID> users) {}

    public record Result(int queued, int skippedRecentlyReminded) {}

    @Inject
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.MANDATORY)
    public Result remind(Target target, String message, LocalDate day, Instant now) {
        int queued = 0;
        int skipped = 0;
        for (Object[] row : open(target)) {
            DueItem item = new DueItem((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], target.customer(),
                    (UUID) row[4], (String) row[5], (String) row[6], DailyPass.instant(row[7]), DailyPass.instant(row[8]), 1, 0,
                    null, null,
                    0);
            String key = ReminderRules.MANUAL + "|" + item.userUuid() + "|" + item.offeringUuid() + "|" + day;
            MailTemplates.Body body = templates.items(ReminderMails.nameOf(item),
                    "Your provider asks you to complete this compliance checklist:",
                    List.of(new Item(item.offeringName(), ReminderMails.dateOf(item.dueAt()),
                            templates.checklistLink(Uuids.hex(item.offeringUserUuid())))),
                    message.isBlank() ? null : message);
            String skip = ReminderMails.skipReason(item, now);
            boolean recorded = notifications.record(new Mail(ReminderRules.MANUAL, key, item.userUuid(), item.email(),
                    List.of(item.offeringUuid()), List.of(target.customer()),
                    "Reminder: complete the " + item.offeringName() + " compliance checklist", body.text(), body.html(),
                    skip));
            if (!recorded) {
                skipped++;
            } else if (skip == null) {
                queued++;
            }
        }
        return new Result(queued, skipped);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> open(Target target) {
        String states = "overdue".equals(target.status()) ? "'overdue'" : "'pending', 'expired'";
        var query = em.createNativeQuery("SELECT c.completion_uuid, c.offering_user_uuid, c.offering_uuid, o.name, "
                + "c.user_uuid, COALESCE(r.email, ''), COALESCE(r.full_name, ''), r.snoozed_until, c.due_at "
                + "FROM completion c JOIN offering o ON o.offering_uuid = c.offering_uuid AND NOT o.deleted "
                + "LEFT JOIN recipient r ON r.user_uuid = c.user_uuid "
                + "WHERE o.customer_uuid = ?1 AND NOT c.deleted AND NOT c.is_completed AND c.compliance_state IN ("
                + states + ") AND (CAST(?2 AS uuid) IS NULL OR c.offering_uuid = ?2) "
                + "AND (CAST(?3 AS uuid[]) IS NULL OR c.user_uuid = ANY(?3)) ORDER BY c.user_uuid, c.offering_uuid")
                .setParameter(1, target.customer()).setParameter(2, target.offering())
                .setParameter(3, target.users() == null ? null : target.users().toArray(UUID[]::new));
        return query.getResultList();
    }
}
