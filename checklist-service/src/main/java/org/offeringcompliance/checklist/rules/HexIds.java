package org.offeringcompliance.checklist.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Uuids in the API's canonical form: 32 lowercase hex characters, from the hex or the hyphenated form. */
public final class HexIds {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern HYPHENATED = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HexIds() {}

    /** The canonical form, or empty when the value is not a well-formed uuid. */
    public static Optional<String> parse(String value) {
        if (value == null || !(HEX.matcher(value).matches() || HYPHENATED.matcher(value).matches())) {
            return Optional.empty();
        }
        return Optional.of(value.replace("-", "").toLowerCase(Locale.ROOT));
    }

    /** The canonical form of a uuid, or the value lower-cased without hyphens if it is not one (ids are opaque here). */
    public static String canonical(String value) {
        return value == null ? null : parse(value).orElse(value.replace("-", "").toLowerCase(Locale.ROOT));
    }
}
