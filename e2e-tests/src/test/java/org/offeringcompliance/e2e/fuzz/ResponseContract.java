package org.offeringcompliance.e2e.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.offeringcompliance.e2e.fuzz.RawClient.Answer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every answer must be (API.md, conventions): never a 5xx; a JSON body except for 204 and HEAD; errors as
 * {"detail": "..."}, as field errors {"field": ["message", ...]}, or for submit_answers a list of those per item; never a
 * stack trace; lists as a bare array with X-Result-Count.
 */
final class ResponseContract {

    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> LEAKS = List.of("\tat ", "Caused by:", "java.lang.", "org.hibernate", "io.vertx",
            "org.jboss", "<html", "<!doctype");

    /** What a case is checked against. */
    record Expectation(boolean mustBeRefused, boolean isList, boolean exportsFiles) {}

    private ResponseContract() {}

    static List<String> problems(FuzzRequest request, Answer answer, Expectation expected) {
        List<String> problems = new ArrayList<>();
        int status = answer.status();
        if (answer.failure() != null) {
            problems.add(answer.failure());
            return problems;
        }
        if (status >= 500) {
            problems.add("a " + status + " (never a 5xx)");
        } else if (status < 200 || (status >= 300 && status < 400)) {
            problems.add("status " + status + " is not in the contract");
        }
        if (expected.mustBeRefused() && status < 400) {
            problems.add("a caller without the right got " + status + "; a refusal must be a 4xx");
        }
        if (request.isPreflight()) {
            return problems; // CORS preflights answer with headers only, by design
        }
        byte[] body = answer.body();
        boolean bodyless = request.method().equals("HEAD") || status == 204
                || (request.method().equals("OPTIONS") && status < 300);
        if (bodyless) {
            if (body.length > 0 && !request.method().equals("OPTIONS")) {
                problems.add("a " + status + " to " + request.method() + " has a body");
            }
            if (request.method().equals("HEAD") && status == 200 && expected.isList()
                    && answer.header("X-Result-Count") == null) {
                problems.add("HEAD on a list without X-Result-Count");
            }
            return problems;
        }
        if ((status == 414 || status == 431) && body.length == 0) {
            return problems; // the HTTP codec's refusal of a huge request line or header, counted in the summary
        }
        if (expected.exportsFiles() && status < 300) {
            return problems; // exports answer CSV or XLSX
        }
        JsonNode json = parse(body);
        if (json == null) {
            problems.add("the body is not JSON: " + preview(body));
            return problems;
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            problems.add("Content-Type is " + type + ", not application/json");
        }
        if (status >= 400) {
            if (!isErrorShape(json, status)) {
                problems.add("the error is not {\"detail\": \"...\"} nor field errors: " + preview(body));
            }
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            LEAKS.stream().filter(leak -> text.contains(leak.toLowerCase(Locale.ROOT))).findFirst()
                    .ifPresent(leak -> problems.add("the error shows internals (" + leak.trim() + "): " + preview(body)));
        } else if (status == 200 && request.method().equals("GET") && expected.isList()) {
            if (!json.isArray()) {
                problems.add("a list that is not a bare JSON array: " + preview(body));
            }
            if (!isCount(answer.header("X-Result-Count"))) {
                problems.add("a list without a numeric X-Result-Count: " + answer.header("X-Result-Count"));
            }
        }
        return problems;
    }

    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return STRICT.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** {"detail": "..."}, or field errors, or (400 only) a non-empty list of per-item field errors or {}. */
    static boolean isErrorShape(JsonNode json, int status) {
        if (json.isObject() && json.size() == 1 && json.path("detail").isTextual()) {
            return true;
        }
        if (json.isObject() && json.size() > 0 && isFieldErrors(json)) {
            return true;
        }
        if (status == 400 && json.isArray() && json.size() > 0) {
            for (JsonNode item : json) {
                if (!item.isObject() || !(item.isEmpty() || isFieldErrors(item))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isFieldErrors(JsonNode object) {
        Iterator<JsonNode> values = object.elements();
        while (values.hasNext()) {
            JsonNode messages = values.next();
            if (!messages.isArray() || messages.isEmpty()) {
                return false;
            }
            for (JsonNode message : messages) {
                if (!message.isTextual()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isCount(String header) {
        return header != null && header.matches("\\d+");
    }

    static String preview(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
