package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.rules.Questions.json;
import static org.offeringcompliance.checklist.rules.Questions.question;

import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.NullNode;

/** Answer JSON literals below use single quotes for double quotes (see {@link Questions#json}). */
class AnswerValidatorTest {

    private static void assertValid(QuestionSpec q, String answerJson) {
        Optional<String> error = AnswerValidator.validate(q, json(answerJson));
        assertTrue(error.isEmpty(), () -> answerJson + " should be valid for " + q.type() + " but: " + error.orElse(""));
    }

    private static void assertInvalid(QuestionSpec q, String answerJson) {
        assertTrue(AnswerValidator.validate(q, json(answerJson)).isPresent(),
                () -> answerJson + " should be invalid for " + q.type());
    }

    @Nested
    class Message {

        @Test
        void matchesWaldurWordingWithStringUnquoted() {
            QuestionSpec q = question(QuestionType.BOOLEAN).description("Accept terms").build();
            assertEquals(
                    Optional.of("Answer value 'invalid text' is not valid for the question 'Accept terms' (type: boolean)."),
                    AnswerValidator.validate(q, json("'invalid text'")));
        }

        @Test
        void showsOtherValuesAsCompactJson() {
            QuestionSpec q = question(QuestionType.TEXT_INPUT).description("Name").build();
            assertEquals("Answer value '[\"a\",1,{\"k\":true}]' is not valid for the question 'Name' (type: text_input).",
                    AnswerValidator.validate(q, json("[ 'a', 1, { 'k' : true } ]")).orElseThrow());
            assertEquals("Answer value '42' is not valid for the question 'Name' (type: text_input).",
                    AnswerValidator.validate(q, json("42")).orElseThrow());
        }

        @Test
        void keepsTheWholeDescriptionAndApiTypeName() {
            String longDescription = "x".repeat(80);
            QuestionSpec q = question(QuestionType.PHONE_NUMBER).description(longDescription).build();
            assertEquals("Answer value 'abc' is not valid for the question '" + longDescription + "' (type: phone_number).",
                    AnswerValidator.validate(q, json("'abc'")).orElseThrow());
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void nullIsNeverAValidAnswer(QuestionType type) {
            QuestionSpec q = question(type).description("D").build();
            assertEquals(Optional.of("Answer value 'null' is not valid for the question 'D' (type: " + type.apiName() + ")."),
                    AnswerValidator.validate(q, NullNode.getInstance()));
            assertTrue(AnswerValidator.validate(q, null).isPresent());
        }
    }

    @Nested
    class Text {

        @ParameterizedTest
        @EnumSource(value = QuestionType.class, names = {"TEXT_INPUT", "TEXT_AREA"})
        void acceptsAnyString(QuestionType type) {
            QuestionSpec q = question(type).build();
            assertValid(q, "'hello'");
            assertValid(q, "''");
            assertValid(q, "'line one\\nline two'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "true", "['a']", "{'a':'b'}", "1.5"})
        void rejectsNonStrings(String answer) {
            assertInvalid(question(QuestionType.TEXT_INPUT).build(), answer);
            assertInvalid(question(QuestionType.TEXT_AREA).build(), answer);
        }
    }

    @Nested
    class Boolean {

        @ParameterizedTest
        @ValueSource(strings = {"true", "false"})
        void acceptsJsonBooleans(String answer) {
            assertValid(question(QuestionType.BOOLEAN).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'true'", "'false'", "1", "0", "'yes'", "[true]", "{}"})
        void rejectsEverythingElse(String answer) {
            assertInvalid(question(QuestionType.BOOLEAN).build(), answer);
        }
    }

    @Nested
    class NumberType {

        @ParameterizedTest
        @ValueSource(strings = {"10", "100", "55.5", "1e1", "1E2", "100.0"})
        void acceptsNumbersWithinInclusiveBounds(String answer) {
            assertValid(question(QuestionType.NUMBER).min("10").max("100").build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"9", "9.999", "100.1", "101", "-5"})
        void rejectsOutOfRange(String answer) {
            assertInvalid(question(QuestionType.NUMBER).min("10").max("100").build(), answer);
        }

        @Test
        void unboundedWhenMinAndMaxUnset() {
            QuestionSpec q = question(QuestionType.NUMBER).build();
            assertValid(q, "-1000000000000000000000");
            assertValid(q, "0");
            assertValid(q, "3.14159");
        }

        @Test
        void oneSidedBound() {
            QuestionSpec q = question(QuestionType.NUMBER).min("0").build();
            assertValid(q, "123456789");
            assertInvalid(q, "-0.1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"'42'", "true", "false", "[42]", "{'v':1}", "'ten'", "1e999", "-1e999"})
        void rejectsNonNumbersAndInfinities(String answer) {
            assertInvalid(question(QuestionType.NUMBER).build(), answer);
        }
    }

    @Nested
    class Year {

        @ParameterizedTest
        @ValueSource(strings = {"1990", "2024", "2030"})
        void acceptsIntegersWithinBounds(String answer) {
            assertValid(question(QuestionType.YEAR).min("1990").max("2030").build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1989", "2031", "2024.5", "2024.0", "'2024'", "true", "['2024']"})
        void rejectsOutOfRangeFractionsAndStrings(String answer) {
            assertInvalid(question(QuestionType.YEAR).min("1990").max("2030").build(), answer);
        }

        @Test
        void anyIntegerWhenUnbounded() {
            assertValid(question(QuestionType.YEAR).build(), "1");
            assertValid(question(QuestionType.YEAR).build(), "9999");
        }
    }

    @Nested
    class Rating {

        @ParameterizedTest
        @ValueSource(strings = {"1", "3", "5"})
        void defaultsToOneToFive(String answer) {
            assertValid(question(QuestionType.RATING).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "6", "-1", "2.5", "'3'", "true"})
        void rejectsOutsideDefaultsAndNonIntegers(String answer) {
            assertInvalid(question(QuestionType.RATING).build(), answer);
        }

        @Test
        void configuredBoundsReplaceDefaults() {
            QuestionSpec q = question(QuestionType.RATING).min("0").max("10").build();
            assertValid(q, "0");
            assertValid(q, "10");
            assertInvalid(q, "11");
        }

        @Test
        void eachBoundDefaultsIndependently() {
            QuestionSpec q = question(QuestionType.RATING).max("10").build();
            assertValid(q, "7");
            assertInvalid(q, "0");
        }
    }

    @Nested
    class SingleSelect {
        private final String yes = Questions.newUuid();
        private final String no = Questions.newUuid();
        private final QuestionSpec q = question(QuestionType.SINGLE_SELECT).options(yes, no).build();

        @Test
        void acceptsOneOwnOption() {
            assertValid(q, "['" + yes + "']");
            assertValid(q, "['" + no.toUpperCase() + "']");
        }

        @Test
        void acceptsTheHyphenatedForm() {
            assertValid(q, "['" + hyphenated(yes) + "']");
        }

        @Test
        void optionsGivenHyphenatedAreNormalised() {
            QuestionSpec hyphenOptions = question(QuestionType.SINGLE_SELECT).options(hyphenated(yes)).build();
            assertValid(hyphenOptions, "['" + yes + "']");
        }

        @Test
        void rejectsAnOptionOfAnotherQuestion() {
            assertInvalid(q, "['" + Questions.newUuid() + "']");
        }

        @Test
        void rejectsBareStringAndWrongCardinality() {
            assertInvalid(q, "'" + yes + "'");
            assertInvalid(q, "[]");
            assertInvalid(q, "['" + yes + "','" + no + "']");
        }

        @ParameterizedTest
        @ValueSource(strings = {"['not-a-uuid']", "[1]", "[null]", "[['x']]", "true", "{}", "'invalid string answer'"})
        void rejectsMalformed(String answer) {
            assertInvalid(q, answer);
        }

        @Test
        void rejectsBadlyPlacedHyphensAndWhitespace() {
            assertInvalid(q, "['" + yes.substring(0, 4) + "-" + yes.substring(4) + "']");
            assertInvalid(q, "[' " + yes + "']");
        }
    }

    @Nested
    class MultiSelect {
        private final String a = Questions.newUuid();
        private final String b = Questions.newUuid();
        private final String c = Questions.newUuid();
        private final QuestionSpec q = question(QuestionType.MULTI_SELECT).options(a, b, c).build();

        @Test
        void acceptsDistinctOwnOptions() {
            assertValid(q, "['" + a + "']");
            assertValid(q, "['" + a + "','" + hyphenated(b) + "','" + c + "']");
        }

        @Test
        void rejectsDuplicates() {
            assertInvalid(q, "['" + a + "','" + a + "']");
            assertInvalid(q, "['" + a + "','" + hyphenated(a) + "']");
            assertInvalid(q, "['" + a + "','" + a.toUpperCase() + "']");
        }

        @Test
        void rejectsEmptySelection() {
            assertInvalid(q, "[]");
        }

        @Test
        void rejectsOptionsOfAnotherQuestion() {
            assertInvalid(q, "['" + a + "','" + Questions.newUuid() + "']");
        }

        @ParameterizedTest
        @ValueSource(strings = {"'x'", "1", "['x']", "[1,2]", "[null]", "{}"})
        void rejectsMalformed(String answer) {
            assertInvalid(q, answer);
        }

        @Test
        void rejectsBareUuidString() {
            assertInvalid(q, "'" + a + "'");
        }
    }

    @Nested
    class Date {

        @ParameterizedTest
        @ValueSource(strings = {"'2024-01-15'", "'2024-02-29'", "'1999-12-31'"})
        void acceptsCalendarDates(String answer) {
            assertValid(question(QuestionType.DATE).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'2024-02-30'", "'2023-02-29'", "'2024-13-01'", "'2024-00-10'", "'2024-1-5'",
                "'15.01.2024'", "'2024-01-15T10:00:00Z'", "'+12024-01-15'", "20240115", "''", "'2024-01-15 '"})
        void rejectsInvalidDatesAndOtherShapes(String answer) {
            assertInvalid(question(QuestionType.DATE).build(), answer);
        }
    }

    @Nested
    class DateTime {

        @ParameterizedTest
        @ValueSource(strings = {"'2024-01-15T10:30:00Z'", "'2024-01-15T10:30:00.123Z'", "'2024-01-15T10:30:00+02:00'",
                "'2024-01-15T10:30:00-05:30'", "'2024-01-15T10:30'", "'2024-01-15T10:30:00'"})
        void acceptsIsoDateTimes(String answer) {
            assertValid(question(QuestionType.DATETIME).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'2024-01-15'", "'2024-02-30T10:00:00Z'", "'2024-01-15T25:00:00Z'",
                "'2024-01-15 10:30:00'", "'yesterday'", "1705314600", "'2024-01-15T10:30:00+25:00'"})
        void rejectsOthers(String answer) {
            assertInvalid(question(QuestionType.DATETIME).build(), answer);
        }
    }

    @Nested
    class Email {

        @ParameterizedTest
        @ValueSource(strings = {"'user@example.com'", "'first.last+tag@sub.example.co.uk'", "'a_b-c@x-y.org'"})
        void acceptsAddresses(String answer) {
            assertValid(question(QuestionType.EMAIL).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'user'", "'user@'", "'@example.com'", "'user@example'", "'us er@example.com'",
                "'user@@example.com'", "'.user@example.com'", "'user..x@example.com'", "'user@-example.com'", "''",
                "['user@example.com']"})
        void rejectsMalformed(String answer) {
            assertInvalid(question(QuestionType.EMAIL).build(), answer);
        }
    }

    @Nested
    class Url {

        @ParameterizedTest
        @ValueSource(strings = {"'https://example.com'", "'http://example.com/path?q=1#frag'", "'HTTPS://Example.COM:8443/x'",
                "'http://127.0.0.1:8080/'"})
        void acceptsHttpUrls(String answer) {
            assertValid(question(QuestionType.URL).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'example.com'", "'ftp://example.com'", "'mailto:user@example.com'", "'http://'",
                "'http:example.com'", "'https://exa mple.com'", "'/relative/path'", "''", "42"})
        void rejectsOthers(String answer) {
            assertInvalid(question(QuestionType.URL).build(), answer);
        }
    }

    @Nested
    class PhoneNumber {

        @ParameterizedTest
        @ValueSource(strings = {"'+3725551234'", "'+1 (555) 123-4567'", "'12345'", "'555-1234 567'"})
        void acceptsPhoneLikeStrings(String answer) {
            assertValid(question(QuestionType.PHONE_NUMBER).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'1234'", "'+123456789012345678901'", "'call me'", "'+372 555x1234'", "'++3725551234'",
                "'372+5551234'", "3725551234", "''"})
        void rejectsOthers(String answer) {
            assertInvalid(question(QuestionType.PHONE_NUMBER).build(), answer);
        }
    }

    @Nested
    class Country {

        @ParameterizedTest
        @ValueSource(strings = {"'EE'", "'US'", "'DE'", "'JP'"})
        void acceptsIsoAlpha2(String answer) {
            assertValid(question(QuestionType.COUNTRY).build(), answer);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'ee'", "'XX'", "'USA'", "'Estonia'", "'E'", "''", "['EE']", "1"})
        void rejectsOthers(String answer) {
            assertInvalid(question(QuestionType.COUNTRY).build(), answer);
        }
    }

    static String hyphenated(String hex) {
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }
}
