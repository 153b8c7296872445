package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.checklist.rules.QuestionType.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class OperatorCompatibilityTest {

    private static Set<QuestionType> typesAllowing(Operator op) {
        return Arrays.stream(QuestionType.values()).filter(t -> OperatorCompatibility.allowed(t, op))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
    }

    @Test
    void equalityOperators() {
        Set<QuestionType> expected = EnumSet.of(NUMBER, DATE, BOOLEAN, YEAR, PHONE_NUMBER, EMAIL, URL, COUNTRY, RATING,
                DATETIME);
        assertEquals(expected, typesAllowing(Operator.EQUALS));
        assertEquals(expected, typesAllowing(Operator.NOT_EQUALS));
    }

    @Test
    void containsOperator() {
        assertEquals(EnumSet.of(TEXT_INPUT, TEXT_AREA, PHONE_NUMBER, EMAIL, URL), typesAllowing(Operator.CONTAINS));
    }

    @Test
    void membershipOperators() {
        assertEquals(EnumSet.of(SINGLE_SELECT, MULTI_SELECT, COUNTRY), typesAllowing(Operator.IN));
        assertEquals(EnumSet.of(SINGLE_SELECT, MULTI_SELECT, COUNTRY), typesAllowing(Operator.NOT_IN));
    }

    @Test
    void minMaxOnlyOnNumericTypes() {
        Set<QuestionType> ranged = Arrays.stream(QuestionType.values()).filter(OperatorCompatibility::allowsMinMax)
                .collect(Collectors.toSet());
        assertEquals(Set.of(NUMBER, YEAR, RATING), ranged);
    }

    @Test
    void optionsOnlyOnSelectTypes() {
        Set<QuestionType> withOptions = Arrays.stream(QuestionType.values()).filter(OperatorCompatibility::allowsOptions)
                .collect(Collectors.toSet());
        assertEquals(Set.of(SINGLE_SELECT, MULTI_SELECT), withOptions);
    }
}
