package org.offeringcompliance.checklist.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applies review-trigger and dependency operators to an answer. Unlike Waldur, strings are never iterated character by
 * character: a string is always one value.
 */
public final class Operators {

    private Operators() {}

    /**
     * @param answer the answer; null (Java or JSON) or missing means "no answer" and gives false for every operator
     * @param expected the configured value (review_answer_value or required_answer_value); null is JSON null
     */
    public static boolean apply(Operator op, JsonNode answer, JsonNode expected) {
        if (JsonValues.isAbsent(answer)) {
            return false;
        }
        return switch (op) {
            case EQUALS -> JsonValues.same(answer, expected);
            case NOT_EQUALS -> !JsonValues.same(answer, expected);
            case CONTAINS -> contains(answer, expected);
            case IN -> everyValue(answer, value -> isMember(value, expected));
            case NOT_IN -> everyValue(answer, value -> !isMember(value, expected));
        };
    }

    /** Substring for a string answer, element for an array answer; an array expected means "contains any of them". */
    private static boolean contains(JsonNode answer, JsonNode expected) {
        for (JsonNode wanted : asList(expected)) {
            if (containsOne(answer, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsOne(JsonNode answer, JsonNode wanted) {
        if (answer.isTextual()) {
            return wanted != null && wanted.isTextual() && answer.textValue().contains(wanted.textValue());
        }
        if (answer.isArray()) {
            for (JsonNode element : answer) {
                if (JsonValues.same(element, wanted)) {
                    return true;
                }
            }
        }
        // numbers, booleans and objects contain nothing
        return false;
    }

    /** The answer itself, or every element of an array answer; an empty array matches nothing (there is no value). */
    private static boolean everyValue(JsonNode answer, Predicate<JsonNode> test) {
        if (!answer.isArray()) {
            return test.test(answer);
        }
        if (answer.isEmpty()) {
            return false;
        }
        for (JsonNode element : answer) {
            if (!test.test(element)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMember(JsonNode value, JsonNode expected) {
        for (JsonNode candidate : asList(expected)) {
            if (JsonValues.same(value, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** An array's elements; any other value (a string included) is a one-element list. */
    private static List<JsonNode> asList(JsonNode expected) {
        List<JsonNode> values = new ArrayList<>();
        if (expected != null && expected.isArray()) {
            expected.forEach(values::add);
        } else {
            values.add(expected);
        }
        return values;
    }
}
