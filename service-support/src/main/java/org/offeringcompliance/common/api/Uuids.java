package org.offeringcompliance.common.api;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The API's uuid form: 32 lowercase hex characters out; hex or hyphenated in. */
public final class Uuids {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern HYPHENATED = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {}

    public static String hex(UUID uuid) {
        return uuid == null ? null : uuid.toString().replace("-", "");
    }

    public static Optional<UUID> tryParse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (HYPHENATED.matcher(v).matches()) {
            return Optional.of(UUID.fromString(v));
        }
        if (HEX.matcher(v).matches()) {
            byte[] bytes = HexFormat.of().parseHex(v);
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (bytes[i] & 0xff);
                low = (low << 8) | (bytes[i + 8] & 0xff);
            }
            return Optional.of(new UUID(high, low));
        }
        return Optional.empty();
    }

    /** A uuid from a body field or filter: malformed is a 400 naming the field. */
    public static UUID parse(String field, String value) {
        return tryParse(value).orElseThrow(() -> ApiException.fieldError(field, "Must be a valid UUID."));
    }

    /** A uuid from the path: malformed means no such object. */
    public static UUID pathParam(String value) {
        return tryParse(value).orElseThrow(ApiException::notFound);
    }
}
