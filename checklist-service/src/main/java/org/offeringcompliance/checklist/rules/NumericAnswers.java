package org.offeringcompliance.checklist.rules;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/** number, year and rating answers: JSON numbers only (never numeric strings or booleans), bounds inclusive. */
final class NumericAnswers {

    private NumericAnswers() {}

    static boolean isNumberWithin(JsonNode answer, BigDecimal min, BigDecimal max) {
        return isFiniteNumber(answer) && within(answer.decimalValue(), min, max);
    }

    /** An integer literal: 2024 passes, 2024.0 and "2024" do not. */
    static boolean isIntegerWithin(JsonNode answer, BigDecimal min, BigDecimal max) {
        return answer.isIntegralNumber() && within(answer.decimalValue(), min, max);
    }

    // 1e999 parses to an infinite double, which has no decimal value
    private static boolean isFiniteNumber(JsonNode answer) {
        boolean binaryFloat = answer.isDouble() || answer.isFloat();
        return answer.isNumber() && (!binaryFloat || Double.isFinite(answer.doubleValue()));
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }
}
