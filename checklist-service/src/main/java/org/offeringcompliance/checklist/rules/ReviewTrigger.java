package org.offeringcompliance.checklist.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** Whether an answer needs a reviewer's look; evaluated on every write (Waldur only did it on first insert). */
public final class ReviewTrigger {

    private ReviewTrigger() {}

    /** An absent answer (null means "deleted") never requires review, even on an always-review question. */
    public static boolean requiresReview(QuestionSpec question, JsonNode answer) {
        if (JsonValues.isAbsent(answer)) {
            return false;
        }
        if (question.alwaysRequiresReview()) {
            return true;
        }
        if (question.operator() != null && !JsonValues.isAbsent(question.reviewAnswerValue())) {
            return Operators.apply(question.operator(), answer, question.reviewAnswerValue());
        }
        return false;
    }
}
