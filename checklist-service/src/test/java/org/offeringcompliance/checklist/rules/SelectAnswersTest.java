package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.rules.Questions.json;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SelectAnswersTest {

    private final String hex = Questions.newUuid();

    @Test
    void canonicalTurnsEveryUuidIntoLowercaseHex() {
        String hyphenated = AnswerValidatorTest.hyphenated(hex).toUpperCase();
        assertEquals(json("['" + hex + "','" + hex + "']"),
                SelectAnswers.canonical(json("['" + hyphenated + "','" + hex + "']")));
        assertEquals(json("'" + hex + "'"), SelectAnswers.canonical(json("'" + hyphenated + "'")));
    }

    @Test
    void canonicalLeavesOtherValuesAlone() {
        assertEquals(json("['high', 1, true]"), SelectAnswers.canonical(json("['high', 1, true]")));
        assertEquals(json("{'a':'b'}"), SelectAnswers.canonical(json("{'a':'b'}")));
        assertNull(SelectAnswers.canonical(null));
    }

    @Test
    void canonicalAnswersMatchCanonicalReviewValues() {
        QuestionSpec q = Questions.question(QuestionType.MULTI_SELECT).options(hex)
                .reviewWhen(Operator.CONTAINS, "'" + hex + "'").build();
        assertTrue(ReviewTrigger.requiresReview(q,
                SelectAnswers.canonical(json("['" + AnswerValidatorTest.hyphenated(hex) + "']"))));
    }

    @Test
    void hexIdsParseBothForms() {
        assertEquals(Optional.of(hex), HexIds.parse(hex.toUpperCase()));
        assertEquals(Optional.of(hex), HexIds.parse(AnswerValidatorTest.hyphenated(hex)));
        assertTrue(HexIds.parse(hex.substring(1)).isEmpty());
        assertTrue(HexIds.parse("g" + hex.substring(1)).isEmpty());
        assertTrue(HexIds.parse(null).isEmpty());
    }
}
