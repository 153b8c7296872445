package org.offeringcompliance.checklist.completion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offeringcompliance.checklist.rules.CompletionFigures;
import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.databind.JsonNode;

/** A completion with its checklist and current answers, and the figures computed from them now. */
public record CompletionState(Completion completion, ChecklistSnapshot snapshot, List<Answer> answers,
        CompletionFigures figures) {

    public static CompletionState load(Completion completion) {
        return load(completion, ChecklistSnapshot.load(completion.checklist));
    }

    public static CompletionState load(Completion completion, ChecklistSnapshot snapshot) {
        List<Answer> answers = Answer.list("select a from Answer a join fetch a.question where a.completion = ?1 "
                + "order by a.created, a.id", completion);
        return new CompletionState(completion, snapshot, answers, figuresOf(snapshot, answers));
    }

    static CompletionFigures figuresOf(ChecklistSnapshot snapshot, List<Answer> answers) {
        Map<String, List<JsonNode>> byQuestion = new LinkedHashMap<>();
        for (Answer a : answers) {
            byQuestion.computeIfAbsent(Uuids.hex(a.question.uuid), k -> new java.util.ArrayList<>()).add(a.answerData);
        }
        return CompletionFigures.compute(snapshot.specList(), byQuestion);
    }

    /** Complete by its answers, and not a new cycle that still awaits the user's submit. */
    public boolean isCompleted() {
        return figures.isCompleted() && !completion.awaitingSubmit;
    }

    /**
     * Stores the figures on the completion; true when any of them changed. A cycle that still awaits the user's submit
     * is not completed, whatever its kept answers say.
     */
    public boolean storeFigures() {
        var percentage = java.math.BigDecimal.valueOf(figures.completionPercentage()).setScale(1,
                java.math.RoundingMode.HALF_UP);
        boolean completed = isCompleted();
        boolean changed = completion.completed != completed
                || completion.completionPercentage == null || completion.completionPercentage.compareTo(percentage) != 0
                || completion.unansweredRequired != figures.unansweredRequired().size()
                || completion.requiresReview != figures.requiresReview();
        completion.completed = completed;
        completion.completionPercentage = percentage;
        completion.unansweredRequired = figures.unansweredRequired().size();
        completion.requiresReview = figures.requiresReview();
        return changed;
    }
}
