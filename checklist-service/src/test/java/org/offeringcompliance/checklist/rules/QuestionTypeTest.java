package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTypeTest {

    @Test
    void apiNamesAreTheContractsTypes() {
        List<String> names = Arrays.stream(QuestionType.values()).map(QuestionType::apiName).toList();
        assertEquals(List.of("text_input", "text_area", "boolean", "number", "single_select", "multi_select", "date",
                "datetime", "email", "url", "phone_number", "country", "year", "rating"), names);
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void fromApiRoundTrips(QuestionType type) {
        assertEquals(Optional.of(type), QuestionType.fromApi(type.apiName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEXT_INPUT", "Boolean", "likert", "file", "rich_text", "multiple_files", ""})
    void unknownOrWronglyCasedNamesAreEmpty(String name) {
        assertTrue(QuestionType.fromApi(name).isEmpty());
    }

    @Test
    void nullIsUnknown() {
        assertTrue(QuestionType.fromApi(null).isEmpty());
        assertTrue(Operator.fromApi(null).isEmpty());
        assertTrue(LogicOperator.fromApi(null).isEmpty());
    }

    @Test
    void operatorAndLogicNames() {
        assertEquals(List.of("equals", "not_equals", "contains", "in", "not_in"),
                Arrays.stream(Operator.values()).map(Operator::apiName).toList());
        assertEquals(Optional.of(Operator.NOT_IN), Operator.fromApi("not_in"));
        assertTrue(Operator.fromApi("IN").isEmpty());
        assertEquals(Optional.of(LogicOperator.OR), LogicOperator.fromApi("or"));
        assertEquals(List.of("and", "or"), Arrays.stream(LogicOperator.values()).map(LogicOperator::apiName).toList());
    }
}
