package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.rules.Questions.json;

import java.math.BigInteger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** JSON literals use single quotes for double quotes; CSV columns are separated by '|'. */
class OperatorsTest {

    private static boolean apply(Operator op, String answer, String expected) {
        return Operators.apply(op, json(answer), json(expected));
    }

    @Nested
    class NoAnswer {

        @ParameterizedTest
        @EnumSource(Operator.class)
        void isFalseForEveryOperator(Operator op) {
            assertFalse(Operators.apply(op, null, json("['x']")));
            assertFalse(Operators.apply(op, NullNode.getInstance(), json("['x']")));
            assertFalse(Operators.apply(op, MissingNode.getInstance(), json("'x'")));
        }
    }

    @Nested
    class Equality {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "'yes'|'yes'|true",
                "'yes'|'Yes'|false",
                "true|true|true",
                "true|'true'|false",
                "1|1.0|true",
                "1|1|true",
                "10000000000|1e10|true",
                "2|3|false",
                "'2'|2|false",
                "['a','b']|['a','b']|true",
                "['a','b']|['b','a']|false",
                "[1,2]|[1.0,2.0]|true",
                "{'k':1}|{'k':1.0}|true",
                "{'k':1}|{'k':1,'j':2}|false",
                "'x'|null|false"})
        void equalsIsJsonEqualityWithNumericNumbers(String answer, String expected, boolean result) {
            assertEquals(result, apply(Operator.EQUALS, answer, expected));
            assertEquals(!result, apply(Operator.NOT_EQUALS, answer, expected));
        }

        @Test
        void bigIntegerEqualsLong() {
            assertTrue(Operators.apply(Operator.EQUALS, JsonNodeFactory.instance.numberNode(BigInteger.TEN),
                    JsonNodeFactory.instance.numberNode(10L)));
        }
    }

    @Nested
    class Contains {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "'contains sensitive data'|['sensitive']|true",
                "'contains sensitive data'|'sensitive'|true",
                "'contains sensitive data'|'Sensitive'|false",
                "'contains sensitive data'|['public','data']|true",
                "'contains sensitive data'|['public','secret']|false",
                // Waldur iterated the characters of a bare string: 'xyz' would match any answer holding an x
                "'box'|'xyz'|false",
                "'abc'|'cab'|false",
                "'abc'|''|true",
                "'count 5'|5|false",
                "['a','b']|'a'|true",
                "['a','b']|['c','b']|true",
                "['a','b']|['c']|false",
                "['ab']|'a'|false",
                "[1,2]|2.0|true",
                "[]|'a'|false",
                "5|5|false",
                "true|true|false",
                "{'a':1}|'a'|false"})
        void substringForStringsElementForArrays(String answer, String expected, boolean result) {
            assertEquals(result, apply(Operator.CONTAINS, answer, expected));
        }
    }

    @Nested
    class Membership {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                // Waldur iterated "US" as 'U','S' and found neither in the list
                "'US'|['US','CA']|true|false",
                "'MX'|['US','CA']|false|true",
                "'U'|['US','CA']|false|true",
                "'US'|'US'|true|false",
                "'US'|'USA'|false|true",
                "['high']|['high','critical']|true|false",
                "['high']|['low','minimal']|false|true",
                "['low']|['low','minimal']|true|false",
                "['high','low']|['high','critical']|false|false",
                "['high','low']|['high','low','x']|true|false",
                "['a','b']|['c','d']|false|true",
                "[]|['a']|false|false",
                "3|[1,2,3.0]|true|false",
                "3|3|true|false",
                "true|[true]|true|false",
                "'a'|[]|false|true"})
        void everyValueOfTheAnswerAgainstTheList(String answer, String expected, boolean in, boolean notIn) {
            assertEquals(in, apply(Operator.IN, answer, expected), "in");
            assertEquals(notIn, apply(Operator.NOT_IN, answer, expected), "not_in");
        }
    }
}
