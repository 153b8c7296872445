package org.offeringcompliance.notification.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.offeringcompliance.common.reconciliation.Exclusive;
import org.offeringcompliance.notification.mail.MailSender;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The scheduled pass of a day: reminders before due dates, overdue reminders, one digest per person, escalations to
 * owners. One instance at a time (a database lock); each mail's unique key makes a second pass on the same day send
 * nothing again. Open completions are read as a stream, a person at a time, so memory stays flat at a million.
 */
@ApplicationScoped
public class DailyPass {

    private static final Logger LOG = Logger.getLogger(DailyPass.class);
    private static final long LOCK = 7_426_101L;

    /** What a run sent or (dry run) would send. */
    public record Outcome(String kind, UUID userUuid, List<UUID> offeringUuids) {}

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    ReminderMails mails;

    @Inject
    MailSender sender;

    private Exclusive exclusive;

    @PostConstruct
    void init() {
        exclusive = new Exclusive(dataSource, LOCK, metrics, "notification pass", "The notification pass is running "
                + "in another instance.");
    }

    @Scheduled(every = "{notifications.pass-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Instant.now(), false);
    }

    /** The pass as if at {@code now}; a dry run records and sends nothing. */
    public List<Outcome> run(Instant now, boolean dryRun) {
        List<Outcome> outcomes = exclusive.run(() -> plan(now, dryRun));
        if (!dryRun) {
            LOG.infof("notification pass at %s: %d mails, %d sent now", now, outcomes.size(), sender.sendPending());
        }
        return outcomes;
    }

    private List<Outcome> plan(Instant now, boolean dryRun) {
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<Outcome> outcomes = new ArrayList<>();
        Escalations escalations = new Escalations();
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            List<DueItem> person = new ArrayList<>();
            try (Stream<DueItem> items = dueItems(day)) {
                items.forEach(item -> {
                    if (!person.isEmpty() && !person.get(0).userUuid().equals(item.userUuid())) {
                        mails.remind(person, day, now, dryRun).ifPresent(outcomes::add);
                        person.clear();
                    }
                    if (ReminderRules.remindsToday(item)) {
                        person.add(item);
                    }
                    if (ReminderRules.escalatesToday(item)) {
                        escalations.add(item);
                    }
                });
            }
            mails.remind(person, day, now, dryRun).ifPresent(outcomes::add);
            outcomes.addAll(mails.escalate(escalations, day, dryRun));
        });
        return outcomes;
    }

    /** Open completions due on a reminder day or overdue, ordered by person. */
    @SuppressWarnings("unchecked")
    private Stream<DueItem> dueItems(LocalDate day) {
        Stream<Object[]> rows = em.createNativeQuery("SELECT c.completion_uuid, c.offering_user_uuid, c.offering_uuid, "
                + "o.name, o.customer_uuid, c.user_uuid, r.email, r.full_name, r.snoozed_until, c.due_at, c.cycle, "
                + "c.escalated_cycle, o.overdue_every_days, o.escalate_after, "
                + "(c.due_at AT TIME ZONE 'UTC')::date - CAST(?1 AS date) AS days_left "
                + "FROM completion c JOIN offering o ON o.offering_uuid = c.offering_uuid AND NOT o.deleted "
                + "LEFT JOIN recipient r ON r.user_uuid = c.user_uuid "
                + "WHERE NOT c.is_completed AND NOT c.deleted AND c.due_at IS NOT NULL "
                + "AND ((c.due_at AT TIME ZONE 'UTC')::date - CAST(?1 AS date) = ANY(o.reminder_days) "
                + "OR (c.due_at AT TIME ZONE 'UTC')::date < CAST(?1 AS date)) ORDER BY c.user_uuid, c.due_at")
                .setParameter(1, day).setHint("org.hibernate.fetchSize", 1000).getResultStream();
        return rows.map(DailyPass::item);
    }

    private static DueItem item(Object[] r) {
        return new DueItem((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (UUID) r[4], (UUID) r[5],
                (String) r[6], (String) r[7], instant(r[8]), instant(r[9]), ((Number) r[10]).intValue(),
                ((Number) r[11]).intValue(), r[12] == null ? null : ((Number) r[12]).intValue(),
                r[13] == null ? null : ((Number) r[13]).intValue(), ((Number) r[14]).intValue());
    }

    /** A timestamp column of a native query row (the driver may hand either type). */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }

    /** The items that escalate today, by customer (an escalation lists at most a page of users, then a count). */
    static final class Escalations {

        static final int LISTED = 200;

        final Map<UUID, List<DueItem>> byCustomer = new LinkedHashMap<>();
        final Map<UUID, Integer> unlisted = new LinkedHashMap<>();
        final List<UUID> completions = new ArrayList<>();

        void add(DueItem item) {
            completions.add(item.completionUuid());
            List<DueItem> listed = byCustomer.computeIfAbsent(item.customerUuid(), c -> new ArrayList<>());
            if (listed.size() < LISTED) {
                listed.add(item);
            } else {
                unlisted.merge(item.customerUuid(), 1, Integer::sum);
            }
        }
    }
}
