package org.offeringcompliance.checklist.completion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-certification: a completion's cycle ends (it expired, or the provider asked), goes to the history with its answers,
 * and the next cycle starts not completed, with those answers kept as its starting point until the user submits.
 */
@ApplicationScoped
public class CompletionCycles {

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    CompletionEvents events;

    /** request_recertification: every completed current completion of the offering starts a new cycle now. */
    public int reopenAll(UUID offering, int graceDays) {
        int reopened = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Completion> completed = CurrentCompletions.lock("c.is_completed AND r.offering_uuid = ?1",
                        offering);
                Instant now = Instant.now();
                startNext(completed, c -> now, c -> ComplianceStates.plusDays(now, graceDays), false, now);
                em.flush();
                events.publishAll("reopened", completed, CurrentCompletions.offeringUsersOf(completed));
                return completed.size();
            });
            reopened += batch;
        } while (batch == CurrentCompletions.BATCH);
        return reopened;
    }

    /**
     * Ends the current cycle of each locked completion at {@code endedAt} and opens the next one, due at
     * {@code dueAt}; the caller flushes and announces.
     */
    void startNext(List<Completion> completions, Function<Completion, Instant> endedAt,
            Function<Completion, Instant> dueAt, boolean byExpiry, Instant now) {
        if (completions.isEmpty()) {
            return;
        }
        Map<Long, List<Answer>> answers = Answer.<Answer>list("select a from Answer a join fetch a.question q "
                + "where a.completion in ?1 order by q.sortOrder, a.id", completions).stream()
                .collect(Collectors.groupingBy(a -> a.completion.id));
        for (Completion c : completions) {
            CompletionCycle ended = new CompletionCycle();
            ended.completion = c;
            ended.cycle = c.cycle;
            ended.completedAt = c.completedAt;
            ended.expiredAt = endedAt.apply(c);
            ended.completionPercentage = c.completionPercentage;
            ended.answers = answersOf(answers.getOrDefault(c.id, List.of()));
            ended.persist();
            c.dueAt = dueAt.apply(c);
            c.cycle++;
            c.completed = false;
            c.awaitingSubmit = true;
            c.openedByExpiry = byExpiry;
            c.completedAt = null;
            c.expiresAt = null;
            c.complianceState = ComplianceStates.stateAt(c, 0, now);
            c.modified = Instant.now();
        }
    }

    private ArrayNode answersOf(List<Answer> answers) {
        ArrayNode list = mapper.createArrayNode();
        for (Answer a : answers) {
            ObjectNode item = list.addObject();
            item.put("question_uuid", Uuids.hex(a.question.uuid));
            item.put("question", a.question.description);
            item.set("answer_data", a.answerData);
            item.put("answered_by", Uuids.hex(a.userUuid));
            item.put("answered_at", a.modified.toString());
        }
        return list;
    }
}
