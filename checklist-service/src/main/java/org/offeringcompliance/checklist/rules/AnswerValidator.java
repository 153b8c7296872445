package org.offeringcompliance.checklist.rules;

import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks one answer against its question's type; the one entry point of answer validation. */
public final class AnswerValidator {

    static final BigDecimal RATING_MIN = BigDecimal.ONE;
    static final BigDecimal RATING_MAX = BigDecimal.valueOf(5);

    private AnswerValidator() {}

    /**
     * @return empty when valid, else the message for {@code {"non_field_errors": [message]}}. A null answer is invalid
     *         here: callers treat {@code answer_data: null} as "delete" before validating.
     */
    public static Optional<String> validate(QuestionSpec question, JsonNode answer) {
        if (!JsonValues.isAbsent(answer) && accepts(question, answer)) {
            return Optional.empty();
        }
        return Optional.of(message(question, answer));
    }

    /** Exactly the Waldur wording (description not truncated), so clients that match on it keep working. */
    public static String message(QuestionSpec question, JsonNode answer) {
        return "Answer value '" + JsonValues.display(answer) + "' is not valid for the question '" + question.description()
                + "' (type: " + question.type().apiName() + ").";
    }

    private static boolean accepts(QuestionSpec q, JsonNode a) {
        return switch (q.type()) {
            case TEXT_INPUT, TEXT_AREA -> a.isTextual();
            case BOOLEAN -> a.isBoolean();
            case NUMBER -> NumericAnswers.isNumberWithin(a, q.min(), q.max());
            case YEAR -> NumericAnswers.isIntegerWithin(a, q.min(), q.max());
            case RATING -> NumericAnswers.isIntegerWithin(a, orDefault(q.min(), RATING_MIN), orDefault(q.max(), RATING_MAX));
            case SINGLE_SELECT -> SelectAnswers.isSingleChoice(a, q.optionUuids());
            case MULTI_SELECT -> SelectAnswers.isMultiChoice(a, q.optionUuids());
            case DATE -> a.isTextual() && TextFormats.isDate(a.textValue());
            case DATETIME -> a.isTextual() && TextFormats.isDateTime(a.textValue());
            case EMAIL -> a.isTextual() && TextFormats.isEmail(a.textValue());
            case URL -> a.isTextual() && TextFormats.isHttpUrl(a.textValue());
            case PHONE_NUMBER -> a.isTextual() && TextFormats.isPhoneNumber(a.textValue());
            case COUNTRY -> a.isTextual() && TextFormats.isCountryCode(a.textValue());
        };
    }

    private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
