package org.offeringcompliance.checklist.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at PostgreSQL's precision, so the response to a write shows what a later read shows. */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
