package org.offeringcompliance.common.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Collects {"field": ["message"]} errors of one request body and throws them together as a 400. */
public final class FieldErrors {

    public static final String REQUIRED = "This field is required.";
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        return this;
    }

    /** A required, non-blank text of at most maxLength characters; null when invalid (the error is recorded). */
    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, value == null ? REQUIRED : "This field may not be blank.");
            return null;
        }
        if (value.length() > maxLength) {
            add(field, "Ensure this field has no more than " + maxLength + " characters.");
            return null;
        }
        String problem = textProblem(value);
        if (problem != null) {
            add(field, problem);
            return null;
        }
        return value.trim();
    }

    /**
     * Why text cannot be stored as given, or null: control characters (but tab and line breaks) would vanish or be
     * refused by PostgreSQL, and a lone surrogate is not Unicode text (it would be stored as "?").
     */
    public static String textProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "Control characters are not allowed.";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Not valid Unicode text.";
            }
        }
        return null;
    }

    /** A required uuid in hex or hyphenated form; null when invalid (the error is recorded). */
    public UUID uuid(String field, String value) {
        if (value == null) {
            add(field, REQUIRED);
            return null;
        }
        var parsed = Uuids.tryParse(value);
        if (parsed.isEmpty()) {
            add(field, "Must be a valid UUID.");
            return null;
        }
        return parsed.get();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.withBody(400, errors);
        }
    }
}
