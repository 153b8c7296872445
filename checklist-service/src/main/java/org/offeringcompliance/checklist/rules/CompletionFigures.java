package org.offeringcompliance.checklist.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The live figures of one completion, recomputed from its questions and current answers (never stored stale).
 *
 * @param isCompleted every visible required question has an answer
 * @param completionPercentage answered visible questions / visible questions x 100, one decimal, HALF_UP; 100.0 when
 *        nothing is visible
 * @param unansweredRequired the visible required questions without an answer, in question order
 * @param requiresReview some current answer, of any user, to any question (hidden ones too), meets its review trigger
 */
public record CompletionFigures(boolean isCompleted, double completionPercentage, List<QuestionSpec> unansweredRequired,
        boolean requiresReview) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CompletionFigures {
        unansweredRequired = List.copyOf(unansweredRequired);
    }

    /**
     * @param questions the checklist's questions, in display order
     * @param answers every user's current answers, keyed by question uuid; the first answer of a list is the one
     *        dependencies look at; null elements are ignored, answers to unknown questions are ignored
     */
    public static CompletionFigures compute(List<QuestionSpec> questions, Map<String, List<JsonNode>> answers) {
        Map<String, List<JsonNode>> byQuestion = present(answers);
        Map<String, JsonNode> firstAnswers = new HashMap<>();
        byQuestion.forEach((uuid, list) -> firstAnswers.put(uuid, list.get(0)));

        List<QuestionSpec> visible = Visibility.visibleQuestions(questions, firstAnswers);
        // a question counts once, however many users answered it
        long answered = visible.stream().filter(q -> byQuestion.containsKey(q.uuid())).count();
        List<QuestionSpec> unansweredRequired = visible.stream()
                .filter(q -> q.required() && !byQuestion.containsKey(q.uuid()))
                .toList();
        boolean requiresReview = questions.stream()
                .anyMatch(q -> byQuestion.getOrDefault(q.uuid(), List.of()).stream()
                        .anyMatch(answer -> ReviewTrigger.requiresReview(q, answer)));
        return new CompletionFigures(unansweredRequired.isEmpty(), percentage(answered, visible.size()), unansweredRequired,
                requiresReview);
    }

    private static double percentage(long answered, int visible) {
        if (visible == 0) {
            return 100.0;
        }
        return BigDecimal.valueOf(answered).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(visible), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** Canonical question uuid -> the non-absent answers, only for questions that have at least one. */
    private static Map<String, List<JsonNode>> present(Map<String, List<JsonNode>> answers) {
        Map<String, List<JsonNode>> result = new HashMap<>();
        answers.forEach((uuid, list) -> {
            List<JsonNode> kept = list == null ? List.of() : list.stream().filter(a -> !JsonValues.isAbsent(a)).toList();
            if (!kept.isEmpty()) {
                result.merge(HexIds.canonical(uuid), kept, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
        });
        return result;
    }
}
