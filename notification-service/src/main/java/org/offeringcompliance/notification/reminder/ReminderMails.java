package org.offeringcompliance.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.mail.CustomerOwners;
import org.offeringcompliance.notification.mail.CustomerOwners.Owner;
import org.offeringcompliance.notification.mail.Mail;
import org.offeringcompliance.notification.mail.MailTemplates;
import org.offeringcompliance.notification.mail.MailTemplates.Item;
import org.offeringcompliance.notification.mail.MailTemplates.OverdueUser;
import org.offeringcompliance.notification.mail.Notifications;
import org.offeringcompliance.notification.reminder.DailyPass.Escalations;
import org.offeringcompliance.notification.reminder.DailyPass.Outcome;

/** Turns a day's due items into mails: one per person (a reminder, an overdue reminder or a digest), escalations. */
@ApplicationScoped
public class ReminderMails {

    @Inject
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    Notifications notifications;

    @Inject
    CustomerOwners owners;

    /** The person's mail of the day, recorded (or only previewed); empty when there is nothing new to send. */
    Optional<Outcome> remind(List<DueItem> items, LocalDate day, Instant now, boolean dryRun) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        DueItem first = items.get(0);
        String kind = ReminderRules.kindOf(items);
        List<UUID> offerings = items.stream().map(DueItem::offeringUuid).distinct().toList();
        String key = kind + "|" + first.userUuid() + "|" + day;
        String skip = skipReason(first, now);
        Outcome outcome = new Outcome(kind, first.userUuid(), offerings);
        if (dryRun) {
            return skip == null && !notifications.exists(key) ? Optional.of(outcome) : Optional.empty();
        }
        MailTemplates.Body body = templates.items(nameOf(first), introOf(kind, items.size()),
                items.stream().map(this::itemOf).toList(), null);
        Mail mail = new Mail(kind, key, first.userUuid(), first.email(), offerings,
                items.stream().map(DueItem::customerUuid).distinct().toList(), subjectOf(kind, items), body.text(),
                body.html(), skip);
        return notifications.record(mail) && skip == null ? Optional.of(outcome) : Optional.empty();
    }

    /** One mail per owner of each customer with users that escalate today; the completions are marked told. */
    List<Outcome> escalate(Escalations escalations, LocalDate day, boolean dryRun) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<UUID, List<DueItem>> entry : escalations.byCustomer.entrySet()) {
            List<DueItem> items = entry.getValue();
            List<UUID> offerings = items.stream().map(DueItem::offeringUuid).distinct().toList();
            int count = items.size() + escalations.unlisted.getOrDefault(entry.getKey(), 0);
            for (Owner owner : owners.of(entry.getKey())) {
                UUID ownerUuid = owner.userUuid();
                String key = ReminderRules.ESCALATION + "|" + ownerUuid + "|" + day;
                Outcome outcome = new Outcome(ReminderRules.ESCALATION, ownerUuid, offerings);
                if (dryRun) {
                    if (!notifications.exists(key)) {
                        outcomes.add(outcome);
                    }
                    continue;
                }
                MailTemplates.Body body = templates.escalation(owner.fullName(),
                        count + " users are overdue on their compliance checklists.",
                        items.stream().map(this::overdueUserOf).toList(),
                        escalations.unlisted.getOrDefault(entry.getKey(), 0),
                        templates.reportLink(Uuids.hex(entry.getKey())));
                Mail mail = new Mail(ReminderRules.ESCALATION, key, ownerUuid, owner.email(), offerings,
                        List.of(entry.getKey()), "Escalation: " + count + " users are overdue on compliance checklists",
                        body.text(), body.html(), blank(owner.email()) ? "no email address" : null);
                if (notifications.record(mail) && mail.skipReason() == null) {
                    outcomes.add(outcome);
                }
            }
        }
        if (!dryRun && !escalations.completions.isEmpty()) {
            em.createNativeQuery("UPDATE completion SET escalated_cycle = cycle WHERE completion_uuid = ANY(?1)")
                    .setParameter(1, escalations.completions.toArray(UUID[]::new)).executeUpdate();
        }
        return outcomes;
    }

    static String skipReason(DueItem item, Instant now) {
        if (blank(item.email())) {
            return "no email address";
        }
        if (item.snoozedUntil() != null && item.snoozedUntil().isAfter(now)) {
            return "snoozed until " + item.snoozedUntil();
        }
        return null;
    }

    private Item itemOf(DueItem item) {
        return new Item(item.offeringName(), dateOf(item.dueAt()), templates.checklistLink(Uuids.hex(item.offeringUserUuid())));
    }

    private OverdueUser overdueUserOf(DueItem item) {
        return new OverdueUser(blank(item.fullName()) ? Uuids.hex(item.userUuid()) : item.fullName(),
                item.email() == null ? "" : item.email(), item.offeringName(), dateOf(item.dueAt()));
    }

    private static String subjectOf(String kind, List<DueItem> items) {
        return switch (kind) {
            case ReminderRules.DIGEST -> items.size() + " compliance checklists are waiting for you";
            case ReminderRules.OVERDUE -> "Overdue: the " + items.get(0).offeringName() + " compliance checklist";
            default -> "Reminder: complete the " + items.get(0).offeringName() + " compliance checklist by "
                    + dateOf(items.get(0).dueAt());
        };
    }

    private static String introOf(String kind, int count) {
        return switch (kind) {
            case ReminderRules.DIGEST -> "These " + count + " compliance checklists are due soon or overdue:";
            case ReminderRules.OVERDUE -> "This compliance checklist is overdue:";
            default -> "This compliance checklist is due soon:";
        };
    }

    static String nameOf(DueItem item) {
        return blank(item.fullName()) ? "there" : item.fullName();
    }

    static String dateOf(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
