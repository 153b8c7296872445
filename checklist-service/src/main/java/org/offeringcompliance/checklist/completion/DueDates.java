package org.offeringcompliance.checklist.completion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.checklist.offering.OfferingChecklist;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An offering's policy or checklist assignment changed: due dates of its open first-cycle completions and expiry
 * dates of its completed ones follow, with their states, in batches of their own transactions.
 */
@ApplicationScoped
public class DueDates {

    @Inject
    EntityManager em;

    @Inject
    CompletionEvents events;

    /** @return how many completions changed */
    public int recompute(UUID offering) {
        int changed = 0;
        long after = 0;
        while (true) {
            long from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> recomputeBatch(offering, from));
            changed += batch.changed();
            if (batch.lastId() == null) {
                return changed;
            }
            after = batch.lastId();
        }
    }

    private record Batch(Long lastId, int changed) {}

    private Batch recomputeBatch(UUID offering, long afterId) {
        List<Completion> completions = CurrentCompletions.lockWaiting("r.offering_uuid = ?1 AND c.id > ?2", offering,
                afterId);
        if (completions.isEmpty()) {
            return new Batch(null, 0);
        }
        OfferingChecklist terms = OfferingChecklist.findById(offering);
        Map<UUID, OfferingUserRef> refs = CurrentCompletions.offeringUsersOf(completions);
        Instant now = Instant.now();
        List<Completion> changed = completions.stream()
                .filter(c -> follow(c, terms, refs.get(c.offeringUserUuid), now)).toList();
        em.flush();
        events.publishAll("updated", changed, refs);
        return new Batch(completions.get(completions.size() - 1).id, changed.size());
    }

    /** True when the completion's dates or state changed. */
    static boolean follow(Completion c, OfferingChecklist terms, OfferingUserRef ref, Instant now) {
        Instant dueAt = c.dueAt;
        Instant expiresAt = c.expiresAt;
        String state = c.complianceState;
        if (!c.completed && c.cycle == 1) {
            c.dueAt = dueAt(terms, ref == null || ref.created == null ? c.created : ref.created, c.created);
        }
        if (c.completed) {
            c.expiresAt = terms.recertifyEveryDays == null
                    ? null
                    : ComplianceStates.plusDays(c.completedAt, terms.recertifyEveryDays);
        }
        c.complianceState = ComplianceStates.stateAt(c, terms.graceDays, now);
        boolean changed = !Objects.equals(dueAt, c.dueAt) || !Objects.equals(expiresAt, c.expiresAt)
                || !state.equals(c.complianceState);
        if (changed) {
            c.modified = Instant.now();
        }
        return changed;
    }

    /** The later of the offering user's creation and the checklist's assignment, plus due_days (RULES.md). */
    static Instant dueAt(OfferingChecklist terms, Instant offeringUserCreated, Instant fallback) {
        if (terms.dueDays == null) {
            return null;
        }
        Instant assigned = terms.assignedAt == null ? fallback : terms.assignedAt;
        Instant from = offeringUserCreated.isAfter(assigned) ? offeringUserCreated : assigned;
        return ComplianceStates.plusDays(from, terms.dueDays);
    }
}
