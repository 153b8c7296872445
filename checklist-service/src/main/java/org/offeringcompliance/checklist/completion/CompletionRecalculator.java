package org.offeringcompliance.checklist.completion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.checklist.offering.OfferingChecklist;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recomputes the stored figures of every completion of a checklist after its questions changed, in batches of their
 * own transactions; completions whose figures changed are announced. Reads always compute figures live.
 */
@ApplicationScoped
public class CompletionRecalculator {

    static final int BATCH = 500;

    @Inject
    CompletionEvents events;

    /** @return how many completions changed */
    public int recompute(UUID checklistUuid) {
        int changed = 0;
        long after = 0;
        while (true) {
            long from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> recomputeBatch(checklistUuid, from));
            changed += batch.changed();
            if (batch.lastId() == null) {
                return changed;
            }
            after = batch.lastId();
        }
    }

    record Batch(Long lastId, int changed) {}

    private Batch recomputeBatch(UUID checklistUuid, long afterId) {
        Checklist checklist = Checklist.find("uuid", checklistUuid).firstResult();
        if (checklist == null) {
            return new Batch(null, 0);
        }
        // Locked in id order (a submit or review holds at most one), so the figures are computed from settled answers.
        List<Completion> completions = Completion.find("checklist = ?1 and id > ?2 order by id", checklist, afterId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, BATCH).list();
        if (completions.isEmpty()) {
            return new Batch(null, 0);
        }
        ChecklistSnapshot snapshot = ChecklistSnapshot.load(checklist);
        Map<Long, List<Answer>> answers = Answer.<Answer>list("select a from Answer a join fetch a.question "
                + "where a.completion in ?1 order by a.created, a.id", completions).stream()
                .collect(Collectors.groupingBy(a -> a.completion.id));
        Map<UUID, OfferingUserRef> refs = OfferingUserRef.<OfferingUserRef>list("offeringUserUuid in ?1",
                completions.stream().map(c -> c.offeringUserUuid).toList()).stream()
                .collect(Collectors.toMap(r -> r.offeringUserUuid, r -> r));
        int changed = 0;
        for (Completion c : completions) {
            List<Answer> own = answers.getOrDefault(c.id, List.of());
            CompletionState state = new CompletionState(c, snapshot, own, CompletionState.figuresOf(snapshot, own));
            if (state.storeFigures()) {
                OfferingUserRef ref = refs.get(c.offeringUserUuid);
                ComplianceStates.settle(c, ref == null ? null : OfferingChecklist.findById(ref.offeringUuid),
                        Instant.now());
                c.touch();
                if (refs.containsKey(c.offeringUserUuid)) {
                    events.updated(c, refs.get(c.offeringUserUuid));
                }
                changed++;
            }
        }
        return new Batch(completions.get(completions.size() - 1).id, changed);
    }
}
