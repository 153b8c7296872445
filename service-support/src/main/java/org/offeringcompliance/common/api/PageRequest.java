package org.offeringcompliance.common.api;

/** page (from 1) and page_size (default 10, at most 300) of a list request. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 300;

    public static PageRequest of(String page, String pageSize) {
        int p = parse("page", page, 1);
        int s = parse("page_size", pageSize, DEFAULT_SIZE);
        if (p < 1) {
            throw ApiException.fieldError("page", "Must be a positive integer.");
        }
        if (s < 1) {
            throw ApiException.fieldError("page_size", "Must be a positive integer.");
        }
        return new PageRequest(p, Math.min(s, MAX_SIZE));
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.fieldError(name, "A valid integer is required.");
        }
    }

    /** Where the page starts; a page so far out that it overflows an int starts past any list (and is a 404). */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE - MAX_SIZE, longOffset()); // offset + size stays an int too
    }

    private long longOffset() {
        return (page - 1L) * size;
    }

    /** Page past the end is a 404, except page 1 of an empty list. */
    public void checkWithin(long total) {
        if (page > 1 && longOffset() >= total) {
            throw new ApiException(404, "Invalid page.");
        }
    }
}
