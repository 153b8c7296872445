package org.offeringcompliance.common.api;

import java.util.List;
import java.util.Map;

/** An expected failure that becomes a JSON error response: {"detail": ...} or a field-error body. */
public class ApiException extends RuntimeException {

    private final int status;
    private final transient Object body;

    public ApiException(int status, String detail) {
        super(detail);
        this.status = status;
        this.body = Map.of("detail", detail);
    }

    private ApiException(int status, String message, Object body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    public static ApiException notFound() {
        return new ApiException(404, "Not found.");
    }

    public static ApiException forbidden() {
        return new ApiException(403, "You do not have permission to perform this action.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, detail);
    }

    /** 400 with {"field": ["message"]}. */
    public static ApiException fieldError(String field, String message) {
        return new ApiException(400, field + ": " + message, Map.of(field, List.of(message)));
    }

    /** 400 with an arbitrary JSON body, e.g. the per-item list of submit_answers. */
    public static ApiException withBody(int status, Object body) {
        return new ApiException(status, "request rejected", body);
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }
}
