package org.offeringcompliance.checklist.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a question's dependencies combine; {@link #AND} is the default. */
public enum LogicOperator {
    AND, OR;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LogicOperator> fromApi(String value) {
        return Arrays.stream(values()).filter(l -> l.apiName().equals(value)).findFirst();
    }
}
