package org.offeringcompliance.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON over HTTP to the stack, as a logged-in user; a status other than the expected one is an error. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Duration timeout;

    Api(String base) {
        this(base, Duration.ofSeconds(30));
    }

    Api(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

    JsonNode post(Login as, String path, Object body, int expected) {
        return expect(send("POST", as, path, body), expected);
    }

    JsonNode get(Login as, String path) {
        return expect(send("GET", as, path, null), 200);
    }

    Reply send(String method, Login as, String path, Object body) {
        return send(method, as.token(), path, body);
    }

    Reply send(String method, String token, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), parse(response.body()), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON; null when empty or not JSON (an answer the contract forbids, which callers may count). */
    private static JsonNode parse(String body) {
        if (body.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static JsonNode expect(Reply reply, int expected) {
        if (reply.status() != expected) {
            throw new IllegalStateException(reply.raw().request().method() + " " + reply.raw().request().uri() + ": "
                    + reply.status() + " " + reply.raw().body());
        }
        return reply.body();
    }
}
