package org.offeringcompliance.common.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The fields of one JSON object body, read with strict JSON types (no "true" for true, no 1.5 for an integer) into
 * {@link FieldErrors}. Each reader takes the value to use when the field is absent, so POST (defaults) and PATCH (current
 * values) share them; a reader returns that value when the field is invalid, after recording the error.
 */
public final class JsonBody {

    public static final String NOT_NULL = "This field may not be null.";
    public static final String READ_ONLY = "This field cannot be changed.";
    static final int MAX_DECIMAL_PLACES = 4;
    static final int MAX_INTEGER_DIGITS = 16;

    private final JsonNode body;
    private final FieldErrors errors = new FieldErrors();

    private JsonBody(JsonNode body) {
        this.body = body;
    }

    /** An absent body reads as {}; anything but an object is a 400. */
    public static JsonBody of(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return new JsonBody(JsonNodeFactory.instance.objectNode());
        }
        if (!body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return new JsonBody(body);
    }

    public boolean has(String field) {
        return body.has(field);
    }

    public FieldErrors errors() {
        return errors;
    }

    public void throwIfAny() {
        errors.throwIfAny();
    }

    /** A required, non-blank string of at most maxLength characters, trimmed; null when absent or invalid. */
    public String requiredText(String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null) {
            errors.add(field, FieldErrors.REQUIRED);
        } else if (value.isNull()) {
            errors.add(field, NOT_NULL);
        } else if (!value.isTextual()) {
            errors.add(field, "Not a valid string.");
        } else {
            return errors.text(field, value.textValue(), maxLength);
        }
        return null;
    }

    /** An optional string (null reads as ""), at most maxLength characters. */
    public String text(String field, int maxLength, String absent) {
        JsonNode value = body.get(field);
        if (value == null) {
            return absent;
        }
        if (value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            errors.add(field, "Not a valid string.");
        } else if (value.textValue().length() > maxLength) {
            errors.add(field, "Ensure this field has no more than " + maxLength + " characters.");
        } else if (FieldErrors.textProblem(value.textValue()) != null) {
            errors.add(field, FieldErrors.textProblem(value.textValue()));
        } else {
            return value.textValue();
        }
        return absent;
    }

    /** An optional string that may not be null (null is "This field may not be null."), otherwise as {@link #text}. */
    public String nonNullText(String field, int maxLength, String absent) {
        return present(field) == null ? absent : text(field, maxLength, absent);
    }

    public boolean bool(String field, boolean absent) {
        JsonNode value = present(field);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            errors.add(field, "Must be a valid boolean.");
            return absent;
        }
        return value.booleanValue();
    }

    public int nonNegativeInt(String field, int absent) {
        JsonNode value = present(field);
        if (value == null) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(field, "A valid integer is required.");
        } else if (value.intValue() < 0) {
            errors.add(field, "Ensure this value is greater than or equal to 0.");
        } else {
            return value.intValue();
        }
        return absent;
    }

    /** An ISO 8601 timestamp with its offset, e.g. 2026-12-02T12:00:00Z. */
    public java.time.Instant instant(String field, java.time.Instant absent) {
        JsonNode value = present(field);
        if (value == null) {
            return absent;
        }
        if (value.isTextual()) {
            try {
                return java.time.OffsetDateTime.parse(value.textValue()).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(field, "Datetime has wrong format. Use ISO 8601 with an offset, e.g. 2026-12-02T12:00:00Z.");
        return absent;
    }

    /** An integer within [min, max]; null is allowed when nullable. */
    public Integer intBetween(String field, int min, int max, boolean nullable, Integer absent) {
        JsonNode value = body.get(field);
        if (value == null) {
            return absent;
        }
        if (value.isNull()) {
            if (!nullable) {
                errors.add(field, NOT_NULL);
            }
            return nullable ? null : absent;
        }
        String problem = intProblem(value, min, max);
        if (problem != null) {
            errors.add(field, problem);
            return absent;
        }
        return value.intValue();
    }

    /** A list of distinct integers within [min, max], sorted from the largest down. */
    public List<Integer> intsBetween(String field, int min, int max, List<Integer> absent) {
        JsonNode value = present(field);
        if (value == null) {
            return absent;
        }
        if (!value.isArray()) {
            errors.add(field, "Expected a list of items but got type \"" + value.getNodeType().name().toLowerCase()
                    + "\".");
            return absent;
        }
        java.util.TreeSet<Integer> values = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (JsonNode item : value) {
            String problem = intProblem(item, min, max);
            if (problem != null) {
                errors.add(field, problem);
                return absent;
            }
            values.add(item.intValue());
        }
        return List.copyOf(values);
    }

    private static String intProblem(JsonNode value, int min, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            return "A valid integer is required.";
        }
        if (value.intValue() < min) {
            return "Ensure this value is greater than or equal to " + min + ".";
        }
        return value.intValue() > max ? "Ensure this value is less than or equal to " + max + "." : null;
    }

    /** A nullable JSON number with at most 4 decimal places and 16 integer digits, at scale 4 (numeric(20,4)). */
    public BigDecimal decimal(String field, BigDecimal absent) {
        JsonNode value = body.get(field);
        if (value == null) {
            return absent;
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber() || ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue()))) {
            errors.add(field, "A valid number is required.");
            return absent;
        }
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        if (number.scale() > MAX_DECIMAL_PLACES) {
            errors.add(field, "Ensure that there are no more than " + MAX_DECIMAL_PLACES + " decimal places.");
        } else if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            errors.add(field, "Ensure that there are no more than " + MAX_INTEGER_DIGITS + " digits before the decimal point.");
        } else {
            return number.setScale(MAX_DECIMAL_PLACES);
        }
        return absent;
    }

    /** A required uuid, hex or hyphenated; null when absent or invalid. */
    public UUID uuid(String field) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            errors.add(field, "Must be a valid UUID.");
            return null;
        }
        return errors.uuid(field, value == null || value.isNull() ? null : value.textValue());
    }

    /** An optional uuid, hex or hyphenated; JSON null reads as null. */
    public UUID nullableUuid(String field, UUID absent) {
        JsonNode value = body.get(field);
        if (value == null) {
            return absent;
        }
        if (value.isNull()) {
            return null;
        }
        Optional<UUID> parsed = value.isTextual() ? Uuids.tryParse(value.textValue()) : Optional.empty();
        if (parsed.isEmpty()) {
            errors.add(field, "Must be a valid UUID.");
            return absent;
        }
        return parsed.get();
    }

    /** One of the allowed strings; null is "This field may not be null.". */
    public String choice(String field, Collection<String> allowed, String absent) {
        return choice(field, v -> allowed.contains(v) ? Optional.of(v) : Optional.empty(), false, absent);
    }

    /** A choice by its wire name; nullable choices read null (and "") as null. */
    public <T> T choice(String field, Function<String, Optional<T>> parse, boolean nullable, T absent) {
        JsonNode value = body.get(field);
        if (value == null) {
            return absent;
        }
        if (value.isNull() || (nullable && value.isTextual() && value.textValue().isEmpty())) {
            if (!nullable) {
                errors.add(field, NOT_NULL);
                return absent;
            }
            return null;
        }
        Optional<T> parsed = value.isTextual() ? parse.apply(value.textValue()) : Optional.empty();
        if (parsed.isEmpty()) {
            errors.add(field, "\"" + (value.isTextual() ? value.textValue() : value.toString()) + "\" is not a valid choice.");
            return absent;
        }
        return parsed.get();
    }

    /** A required choice: absent is "This field is required.", null "This field may not be null.". */
    public <T> T requiredChoice(String field, Function<String, Optional<T>> parse) {
        if (!body.has(field)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        return choice(field, parse, false, null);
    }

    /** Any JSON value; JSON null reads as null. */
    public JsonNode json(String field, JsonNode absent) {
        JsonNode value = body.get(field);
        if (value == null) {
            return absent;
        }
        return value.isNull() ? null : value;
    }

    /** A field PATCH may not change: present with another value is an error. */
    public void unchanged(String field, UUID current) {
        if (body.has(field)) {
            UUID given = uuid(field);
            if (given != null && !given.equals(current)) {
                errors.add(field, READ_ONLY);
            }
        }
    }

    /** The field's value, null when absent; JSON null is recorded as an error. */
    private JsonNode present(String field) {
        JsonNode value = body.get(field);
        if (value != null && value.isNull()) {
            errors.add(field, NOT_NULL);
            return null;
        }
        return value;
    }
}
