package org.offeringcompliance.checklist.rules;

import static org.offeringcompliance.checklist.rules.QuestionType.*;

import java.util.EnumSet;
import java.util.Set;

/** Which question settings an admin may combine (Waldur's table, restricted to our question types). */
public final class OperatorCompatibility {

    private static final Set<QuestionType> EQUALITY = EnumSet.of(NUMBER, DATE, BOOLEAN, YEAR, PHONE_NUMBER, EMAIL, URL,
            COUNTRY, RATING, DATETIME);
    private static final Set<QuestionType> CONTAINS = EnumSet.of(TEXT_INPUT, TEXT_AREA, PHONE_NUMBER, EMAIL, URL);
    private static final Set<QuestionType> MEMBERSHIP = EnumSet.of(SINGLE_SELECT, MULTI_SELECT, COUNTRY);
    private static final Set<QuestionType> RANGED = EnumSet.of(NUMBER, YEAR, RATING);
    private static final Set<QuestionType> WITH_OPTIONS = EnumSet.of(SINGLE_SELECT, MULTI_SELECT);

    private OperatorCompatibility() {}

    /** Whether {@code operator} may compare answers of this type (review triggers and dependencies alike). */
    public static boolean allowed(QuestionType type, Operator operator) {
        return switch (operator) {
            case EQUALS, NOT_EQUALS -> EQUALITY.contains(type);
            case CONTAINS -> CONTAINS.contains(type);
            case IN, NOT_IN -> MEMBERSHIP.contains(type);
        };
    }

    /** min_value and max_value are only meaningful on number, year and rating. */
    public static boolean allowsMinMax(QuestionType type) {
        return RANGED.contains(type);
    }

    /** Question options are only meaningful on single_select and multi_select. */
    public static boolean allowsOptions(QuestionType type) {
        return WITH_OPTIONS.contains(type);
    }
}
