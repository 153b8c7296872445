package org.offeringcompliance.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offeringcompliance.bench.Dataset.Offering;
import org.offeringcompliance.bench.Dataset.Provider;
import org.offeringcompliance.bench.Figures.Row;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scenario 8 (issue: deadlines at a million): every offering with a checklist gets a due date, which the checklist
 * service gives each completion and the notification service learns from its events; then (8a) the notification
 * service's daily pass on a day when every completion is a reminder, as a dry run, and on a quiet day, with its memory
 * before and after; and (8b) the backfill offering's 100 000 completions marked overdue by the checklist service's
 * deadline pass, until the overview counts them.
 */
final class DeadlineScenarios {

    private static final int DUE_DAYS = 10;

    private final Stack stack;
    private final Dataset data;
    private final StackProcesses processes;
    private final Postgres postgres;

    DeadlineScenarios(Stack stack, Dataset data, StackProcesses processes) {
        this.stack = stack;
        this.data = data;
        this.processes = processes;
        this.postgres = new Postgres(stack.endpoints);
    }

    /** The backfill offering first (its 100 000 go overdue alone), then every other offering with a checklist. */
    List<Row> run() throws Exception {
        Offering backfill = data.offerings.get(data.backfillOffering);
        dueDates(List.of(backfill));
        Row overdue = overdueReachesReports();
        Row propagation = dueDates(data.offerings.stream().filter(o -> o != backfill && o.checklist >= 0).toList());
        return List.of(propagation, dailyPass(), overdue);
    }

    /** The policy on these offerings, until the notification service knows every due date. */
    private Row dueDates(List<Offering> offerings) throws Exception {
        long expected = postgres.number("checklist", "SELECT count(*) FROM completion");
        long start = System.nanoTime();
        for (Offering offering : offerings) {
            Api.Reply reply = stack.gateway.send("PUT", stack.staff, "/api/marketplace-provider-offerings/"
                    + offering.uuid + "/compliance_policy/",
                    Map.of("due_days", DUE_DAYS, "reminder_days",
                            List.of(7, 1, 0)));
            if (reply.status() != 200) {
                throw new IllegalStateException("policy of " + offering.uuid + ": " + reply.status());
            }
        }
        long withDueDates = postgres.number("checklist", "SELECT count(*) FROM completion c JOIN offering_user_ref r "
                + "ON r.offering_user_uuid = c.offering_user_uuid JOIN offering_checklist oc "
                + "ON oc.offering_uuid = r.offering_uuid WHERE oc.due_days IS NOT NULL");
        Wait.until("due dates in the notification service", Duration.ofMinutes(30),
                () -> notificationDueDates() >= withDueDates);
        double seconds = (System.nanoTime() - start) / 1e9;
        Row row = new Row("8 deadlines", offerings.size() + " policies set, until the notification service has the "
                + "due dates of " + withDueDates + " of " + expected + " completions");
        row.requests = withDueDates;
        row.rps = withDueDates / seconds;
        row.p99Ms = seconds * 1000;
        row.target = "states the time";
        row.met = true;
        return row;
    }

    private long notificationDueDates() {
        try {
            return postgres.number("notification", "SELECT count(*) FROM completion WHERE due_at IS NOT NULL");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Row dailyPass() throws Exception {
        // The day with the most due dates, seven days ahead: the busiest reminder day.
        LocalDate busiest = LocalDate.ofEpochDay(postgres.number("notification", "SELECT (due_at AT TIME ZONE 'UTC')::date "
                + "- DATE '1970-01-01' FROM completion WHERE due_at IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        LocalDate reminderDay = busiest.minusDays(7);
        long rssBefore = processes.residentMb().getOrDefault("notification-service", 0L);
        Map<String, Double> cpuBefore = processes.cpuMs();
        long start = System.nanoTime();
        JsonNode planned = stack.gateway.post(stack.staff, "/api/notifications/run/", Map.of("now",
                reminderDay.atTime(12, 0).toInstant(ZoneOffset.UTC).toString(), "dry_run", true), 200);
        double fullDay = (System.nanoTime() - start) / 1e9;
        long quietStart = System.nanoTime();
        stack.gateway.post(stack.staff, "/api/notifications/run/", Map.of("now",
                reminderDay.minusDays(30).atTime(12, 0).toInstant(ZoneOffset.UTC).toString(), "dry_run", true), 200);
        double quiet = (System.nanoTime() - quietStart) / 1e9;
        long rssAfter = processes.residentMb().getOrDefault("notification-service", 0L);
        Row row = new Row("8a daily pass", "every completion due in 7 days (dry run), then a quiet day");
        row.requests = planned.get("would_send").size();
        row.p50Ms = quiet * 1000;
        row.p99Ms = fullDay * 1000;
        row.cpuMsPerOp = StackProcesses.perOperation(cpuBefore, processes.cpuMs(), 1);
        row.target = "< 60 s, flat memory";
        row.met = fullDay < 60 && rssAfter - rssBefore < 256;
        row.note = String.format(Locale.ROOT, "%d mails planned in %.1f s (p99 column), quiet day %.1f s (p50 column); "
                + "notification-service RSS %d MB before, %d MB after", row.requests, fullDay, quiet, rssBefore,
                rssAfter);
        return row;
    }

    /** The backfill offering's completions overdue (the checklist service's pass two weeks on), until the overview. */
    private Row overdueReachesReports() throws Exception {
        Offering offering = data.offerings.get(data.backfillOffering);
        Provider provider = data.providers.get(offering.provider);
        String overview = "/api/marketplace-service-providers/" + provider.providerUuid
                + "/compliance/compliance_overview/?page_size=300";
        long expected = postgres.number("checklist", "SELECT count(*) FROM completion c JOIN offering_user_ref r "
                + "ON r.offering_user_uuid = c.offering_user_uuid WHERE r.offering_uuid = '" + offering.uuid
                + "' AND NOT c.is_completed AND c.due_at IS NOT NULL");
        Map<String, Double> cpuBefore = processes.cpuMs();
        long start = System.nanoTime();
        Instant later = Instant.now().plus(Duration.ofDays(DUE_DAYS + 14));
        JsonNode moved = stack.checklist.post(stack.staff, "/internal/deadlines/run", Map.of("now", later.toString()),
                200);
        double passSeconds = (System.nanoTime() - start) / 1e9;
        Wait.until("overdue users in the overview", Duration.ofMinutes(30), () -> {
            for (JsonNode row : stack.gateway.get(stack.staff, overview)) {
                if (offering.uuid.equals(row.get("offering_uuid").asText())) {
                    return row.get("overdue_users").asLong() >= expected;
                }
            }
            return false;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Row row = new Row("8b overdue", expected + " completions of one offering overdue, until the overview counts them");
        row.requests = expected;
        row.rps = expected / seconds;
        row.p50Ms = passSeconds * 1000;
        row.p99Ms = seconds * 1000;
        row.cpuMsPerOp = StackProcesses.perOperation(cpuBefore, processes.cpuMs(), expected);
        row.target = "< 60 s";
        row.met = seconds < 60;
        row.note = String.format(Locale.ROOT, "the pass moved %s in %.1f s (p50 column); overview right after %.1f s",
                moved, passSeconds, seconds);
        return row;
    }
}
