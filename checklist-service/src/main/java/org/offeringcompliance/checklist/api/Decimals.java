package org.offeringcompliance.checklist.api;

import java.math.BigDecimal;

/** numeric(20,4) values on the wire: 5 rather than 5.0000, 2.5 rather than 2.5000. */
public final class Decimals {

    private Decimals() {}

    public static Number plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact() : stripped;
    }
}
