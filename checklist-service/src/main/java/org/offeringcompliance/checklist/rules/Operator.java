package org.offeringcompliance.checklist.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Comparison operators of review triggers and dependencies; {@link #apiName()} is the wire form. */
public enum Operator {
    EQUALS, NOT_EQUALS, CONTAINS, IN, NOT_IN;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operator> fromApi(String value) {
        return Arrays.stream(values()).filter(o -> o.apiName().equals(value)).findFirst();
    }
}
