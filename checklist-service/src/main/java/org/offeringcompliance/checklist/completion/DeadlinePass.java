package org.offeringcompliance.checklist.completion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.checklist.offering.OfferingChecklist;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves completions as time passes (RULES.md, Deadlines): open ones past their due date become overdue, completed ones
 * become expiring within their grace period, and at their expiry a new cycle starts. Each step works in batches of
 * their own transactions, announcing every change; safe to run in several instances at once (rows are locked and
 * skipped) and to run again (a moved row no longer matches).
 */
@ApplicationScoped
public class DeadlinePass {

    public record Result(int overdue, int expiring, int expired) {}

    @Inject
    EntityManager em;

    @Inject
    CompletionEvents events;

    @Inject
    CompletionCycles cycles;

    @Scheduled(every = "{deadlines.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Instant.now());
    }

    /** The pass as if at {@code now} (operators catch up or preview the future with it; tests too). */
    public Result run(Instant now) {
        int overdue = inBatches(() -> overdue(now));
        int expiring = inBatches(() -> expiring(now));
        int expired = inBatches(() -> expired(now));
        return new Result(overdue, expiring, expired);
    }

    private static int inBatches(Supplier<Integer> batch) {
        int total = 0;
        int moved;
        do {
            moved = QuarkusTransaction.requiringNew().call(batch::get);
            total += moved;
        } while (moved == CurrentCompletions.BATCH);
        return total;
    }

    private int overdue(Instant now) {
        List<Completion> due = CurrentCompletions.lock("NOT c.is_completed AND c.due_at < ?1 "
                + "AND c.compliance_state <> 'overdue'", now);
        due.forEach(c -> moveTo(c, ComplianceStates.OVERDUE));
        return announce("overdue", due);
    }

    private int expiring(Instant now) {
        List<Completion> expiring = CurrentCompletions.lock("c.is_completed AND c.compliance_state = 'completed' "
                + "AND c.expires_at - oc.grace_days * interval '1 day' <= ?1 AND c.expires_at > ?1", now);
        expiring.forEach(c -> moveTo(c, ComplianceStates.EXPIRING));
        return announce("updated", expiring);
    }

    private int expired(Instant now) {
        List<Completion> expired = CurrentCompletions.lock("c.is_completed AND c.expires_at <= ?1", now);
        Map<UUID, OfferingUserRef> refs = CurrentCompletions.offeringUsersOf(expired);
        cycles.startNext(expired, c -> c.expiresAt,
                c -> c.expiresAt.plus(Duration.ofDays(termsOf(refs.get(c.offeringUserUuid)).graceDays)), true, now);
        em.flush();
        events.publishAll("expired", expired, refs);
        return expired.size();
    }

    private static OfferingChecklist termsOf(OfferingUserRef ref) {
        return OfferingChecklist.findById(ref.offeringUuid);
    }

    private static void moveTo(Completion c, String state) {
        c.complianceState = state;
        c.modified = Instant.now();
    }

    private int announce(String what, List<Completion> moved) {
        em.flush();
        events.publishAll(what, moved, CurrentCompletions.offeringUsersOf(moved));
        return moved.size();
    }
}
