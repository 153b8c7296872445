package org.offeringcompliance.checklist.completion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.offeringcompliance.checklist.question.Question;

import com.fasterxml.jackson.databind.JsonNode;

/** The append-only history rows of one submission (who, when, old and new value), written with one statement. */
final class AnswerHistory {

    private record Change(UUID question, UUID answer, String oldValue, String newValue) {}

    private final Completion completion;
    private final UUID user;
    private final Instant at;
    private final List<Change> changes = new ArrayList<>();

    AnswerHistory(Completion completion, UUID user, Instant at) {
        this.completion = completion;
        this.user = user;
        this.at = at;
    }

    Instant at() {
        return at;
    }

    void add(Question question, UUID answer, JsonNode oldValue, JsonNode newValue) {
        changes.add(new Change(question.uuid, answer, oldValue == null ? null : oldValue.toString(),
                newValue == null ? null : newValue.toString()));
    }

    void write(EntityManager em) {
        if (changes.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO answer_history (completion_id, question_uuid, answer_uuid, user_uuid, "
                + "old_value, new_value, changed_at) SELECT ?1, q, a, ?2, CAST(o AS jsonb), CAST(n AS jsonb), ?3 "
                + "FROM unnest(cast(?4 AS uuid[]), cast(?5 AS uuid[]), cast(?6 AS text[]), cast(?7 AS text[])) "
                + "AS t(q, a, o, n)").setParameter(1, completion.id).setParameter(2, user).setParameter(3, at)
                .setParameter(4, changes.stream().map(Change::question).toArray(UUID[]::new))
                .setParameter(5, changes.stream().map(Change::answer).toArray(UUID[]::new))
                .setParameter(6, changes.stream().map(Change::oldValue).toArray(String[]::new))
                .setParameter(7, changes.stream().map(Change::newValue).toArray(String[]::new)).executeUpdate();
    }
}
