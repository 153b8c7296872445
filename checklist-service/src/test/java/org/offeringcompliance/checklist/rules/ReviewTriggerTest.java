package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.rules.Questions.json;
import static org.offeringcompliance.checklist.rules.Questions.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.NullNode;

class ReviewTriggerTest {

    @Test
    void alwaysRequiresReviewWhateverTheAnswer() {
        QuestionSpec q = question(QuestionType.TEXT_INPUT).alwaysReview().build();
        assertTrue(ReviewTrigger.requiresReview(q, json("'anything'")));
        assertTrue(ReviewTrigger.requiresReview(q, json("''")));
    }

    @Test
    void noAnswerNeverRequiresReview() {
        QuestionSpec q = question(QuestionType.TEXT_INPUT).alwaysReview().build();
        assertFalse(ReviewTrigger.requiresReview(q, null));
        assertFalse(ReviewTrigger.requiresReview(q, NullNode.getInstance()));
    }

    @Test
    void operatorTriggerAppliesTheOperator() {
        QuestionSpec q = question(QuestionType.TEXT_AREA).reviewWhen(Operator.CONTAINS, "['sensitive']").build();
        assertTrue(ReviewTrigger.requiresReview(q, json("'contains sensitive data'")));
        assertFalse(ReviewTrigger.requiresReview(q, json("'public data'")));
    }

    @Test
    void falsyReviewValuesStillTrigger() {
        // Waldur skipped "falsy" review values; false is a legitimate value to watch for
        QuestionSpec q = question(QuestionType.BOOLEAN).reviewWhen(Operator.EQUALS, "false").build();
        assertTrue(ReviewTrigger.requiresReview(q, json("false")));
        assertFalse(ReviewTrigger.requiresReview(q, json("true")));
    }

    @Test
    void reEvaluatingAChangedAnswerChangesTheFlagBothWays() {
        QuestionSpec q = question(QuestionType.SINGLE_SELECT).reviewWhen(Operator.IN, "['high','critical']").build();
        assertFalse(ReviewTrigger.requiresReview(q, json("['low']")));
        assertTrue(ReviewTrigger.requiresReview(q, json("['high']")));
        assertFalse(ReviewTrigger.requiresReview(q, json("['low']")));
    }

    @Test
    void noTriggerConfigured() {
        assertFalse(ReviewTrigger.requiresReview(question(QuestionType.TEXT_INPUT).build(), json("'x'")));
    }

    @Test
    void operatorWithoutValueOrValueWithoutOperatorIsNoTrigger() {
        QuestionSpec operatorOnly = new QuestionSpec(Questions.newUuid(), "d", QuestionType.NUMBER, false, null, null, Set.of(),
                false, Operator.NOT_EQUALS, null, null, List.of());
        QuestionSpec valueOnly = new QuestionSpec(Questions.newUuid(), "d", QuestionType.NUMBER, false, BigDecimal.ONE, null,
                Set.of(), false, null, json("5"), null, List.of());
        assertFalse(ReviewTrigger.requiresReview(operatorOnly, json("5")));
        assertFalse(ReviewTrigger.requiresReview(valueOnly, json("5")));
    }

    @Test
    void countryInListIsNotIteratedCharacterByCharacter() {
        QuestionSpec q = question(QuestionType.COUNTRY).reviewWhen(Operator.IN, "['US','CA']").build();
        assertTrue(ReviewTrigger.requiresReview(q, json("'US'")));
        assertFalse(ReviewTrigger.requiresReview(q, json("'EE'")));
    }
}
