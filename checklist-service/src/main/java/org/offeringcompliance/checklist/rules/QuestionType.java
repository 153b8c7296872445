package org.offeringcompliance.checklist.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The question types of the API; {@link #apiName()} is the wire form. */
public enum QuestionType {
    TEXT_INPUT, TEXT_AREA, BOOLEAN, NUMBER, SINGLE_SELECT, MULTI_SELECT, DATE, DATETIME, EMAIL, URL, PHONE_NUMBER, COUNTRY, YEAR, RATING;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exact, case-sensitive match on the wire form; anything else is unknown. */
    public static Optional<QuestionType> fromApi(String value) {
        return Arrays.stream(values()).filter(t -> t.apiName().equals(value)).findFirst();
    }
}
