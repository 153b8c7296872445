package org.offeringcompliance.e2e.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a {@link FuzzRequest} byte for byte over HTTP/1.1. RestAssured would add charsets to Content-Type and re-encode
 * paths and queries, which is exactly what the fuzz must control.
 */
final class RawClient {

    /**
     * One answer; failure is set, and status 0, when no HTTP answer came (connection closed, timeout), status -1 when
     * java.net.http would not send the request after all.
     */
    record Answer(int status, HttpHeaders headers, byte[] body, String failure) {

        boolean unsent() {
            return status == -1;
        }

        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private HttpClient http = newClient();
    private final String baseUrl;
    private final FuzzStats stats;

    RawClient(String baseUrl, FuzzStats stats) {
        this.baseUrl = baseUrl;
        this.stats = stats;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The request as java.net.http can send it; empty when it refuses (an invalid URI, header or method token). */
    Optional<HttpRequest> build(FuzzRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                    .timeout(TIMEOUT).method(request.method(), publisher(request));
            for (Map.Entry<String, String> header : request.headers()) {
                builder.header(header.getKey(), header.getValue());
            }
            return Optional.of(builder.build());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Answer send(HttpRequest request) {
        stats.request();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), response.headers(), response.body(), null);
            if (answer.status() == 429) {
                backOff(answer);
            }
            if (answer.status() == 414 || answer.status() == 431) {
                // The HTTP codec answers these as HTTP/1.0 and closes the connection, which java.net.http would still
                // reuse for the next request (it looks only for Connection: close): a new client, a new pool.
                http = newClient();
            }
            return answer;
        } catch (IllegalArgumentException e) {
            return new Answer(-1, null, new byte[0], "java.net.http would not send it: " + e.getMessage());
        } catch (HttpTimeoutException e) {
            return new Answer(0, null, new byte[0], "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            return new Answer(0, null, new byte[0], "no HTTP answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain GET as the given caller (null: no token), e.g. the reads that snapshot an object. */
    Answer get(String pathAndQuery, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    /** The gateway may limit requests per caller: a 429 is a fine answer, but the next request waits as told. */
    private void backOff(Answer answer) {
        stats.throttled();
        long seconds = 1;
        try {
            seconds = Math.min(5, Long.parseLong(answer.header("Retry-After")));
        } catch (NumberFormatException | NullPointerException e) {
            // no usable Retry-After: one second
        }
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static BodyPublisher publisher(FuzzRequest request) {
        if (request.body().length == 0) {
            return BodyPublishers.noBody();
        }
        return request.chunked()
                ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                : BodyPublishers.ofByteArray(request.body());
    }
}
