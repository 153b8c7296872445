package org.offeringcompliance.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Uuids;

/** Typed query-string filters; a malformed value is a 400 naming the parameter, an absent one is null. */
public final class QueryParams {

    private QueryParams() {}

    public static UUID uuid(String name, String value) {
        return value == null ? null : Uuids.parse(name, value);
    }

    /** true/false (also 1/0, any case), as the boolean filters of the Waldur API. */
    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw ApiException.fieldError(name, "Must be a valid boolean: true or false.");
        };
    }

    /** An ISO-8601 date-time (UTC when it has no offset) or a date (its start, UTC). */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw ApiException.fieldError(name, "Enter a valid date/time.");
        }
    }

    /** One of the allowed values. */
    public static String choice(String name, String value, Set<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        throw ApiException.fieldError(name,
                "Select a valid choice. " + value + " is not one of the available choices: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ".");
    }
}
