package org.offeringcompliance.e2e.fuzz;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a request body or one query parameter: what it holds, its limits, and a valid value to start from (raw
 * JSON; null when a valid request leaves it out).
 */
record Field(String name, Kind kind, String valid, Integer maxLength, BigDecimal minimum, BigDecimal maximum,
        List<String> choices) {

    enum Kind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, UUID, CHOICE, DATETIME, UUID_LIST, ANY
    }

    static Field text(String name, Integer maxLength, String valid) {
        return new Field(name, Kind.TEXT, valid == null ? null : Json.string(valid), maxLength, null, null, List.of());
    }

    static Field integer(String name, long min, long max, Long valid) {
        return new Field(name, Kind.INTEGER, valid == null ? null : valid.toString(), null, BigDecimal.valueOf(min),
                BigDecimal.valueOf(max), List.of());
    }

    /** numeric(20,4) in the database: 16 digits before the point, 4 after. */
    static Field decimal(String name, String valid) {
        return new Field(name, Kind.DECIMAL, valid, null, new BigDecimal("-9999999999999999.9999"),
                new BigDecimal("9999999999999999.9999"), List.of());
    }

    static Field bool(String name, Boolean valid) {
        return new Field(name, Kind.BOOLEAN, valid == null ? null : valid.toString(), null, null, null, List.of());
    }

    static Field uuid(String name, String valid) {
        return new Field(name, Kind.UUID, valid == null ? null : Json.string(valid), null, null, null, List.of());
    }

    static Field choice(String name, String valid, String... choices) {
        return new Field(name, Kind.CHOICE, valid == null ? null : Json.string(valid), null, null, null, List.of(choices));
    }

    static Field any(String name, String validRawJson) {
        return new Field(name, Kind.ANY, validRawJson, null, null, null, List.of());
    }

    static Field datetime(String name, String valid) {
        return new Field(name, Kind.DATETIME, valid == null ? null : Json.string(valid), null, null, null, List.of());
    }

    static Field uuidList(String name, String validRawJson) {
        return new Field(name, Kind.UUID_LIST, validRawJson, null, null, null, List.of());
    }
}
