package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/** Bodies over 1 MiB get a JSON 413, declared or chunked, and the backend never sees them; up to 1 MiB passes whole. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class BodyLimitTest {

    static final int LIMIT = 1024 * 1024;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aDeclaredBodyOverTheLimitIs413AndNeverForwarded() {
        given().auth().oauth2(Callers.token()).body(new byte[LIMIT + 1]).post("/api/customers/declared-big").then()
                .statusCode(413).contentType("application/json").body("detail", equalTo(BodyLimit.DETAIL));
        assertEquals(0, receivedBy("/api/customers/declared-big"));
    }

    @Test
    void aDeclaredBodyAtTheLimitPassesWhole() {
        given().auth().oauth2(Callers.token()).body(new byte[LIMIT]).post("/api/customers/declared-ok").then()
                .statusCode(200).body("bodyBytes", equalTo(LIMIT));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNeverForwarded() throws Exception {
        HttpResponse<String> response = chunked("/api/customers/chunked-big", 2 * LIMIT);
        assertEquals(413, response.statusCode());
        assertEquals(BodyLimit.DETAIL, new JsonObject(response.body()).getString("detail"));
        assertTrue(response.headers().firstValue(RequestIds.HEADER).isPresent());
        assertEquals(0, receivedBy("/api/customers/chunked-big"));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsForwardedWhole() throws Exception {
        HttpResponse<String> response = chunked("/api/customers/chunked-ok", LIMIT);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(LIMIT, new JsonObject(response.body()).getInteger("bodyBytes"));
    }

    @Test
    void aHugeDeclaredLengthIsAnsweredInJsonBeforeTheBodyIsSent() throws IOException {
        // over Quarkus' own 10 MiB limit too, which would answer an empty 413
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/customers/ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Callers.token()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 50L * LIMIT + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("{\"detail\":\"" + BodyLimit.DETAIL + "\"}"), answer);
        }
    }

    private HttpResponse<String> chunked(String path, int size) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // a stream of unknown length goes out chunked, without Content-Length
        HttpRequest request = HttpRequest.newBuilder(gateway.toURI().resolve(path))
                .header("Authorization", "Bearer " + Callers.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[size]))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        int read;
        while (!answer.toString().endsWith("}") && (read = in.read(buffer)) > 0) {
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    /** How many requests the marketplace stub has received on a path. */
    static int receivedBy(String path) {
        String stub = ConfigProvider.getConfig().getValue("gateway.backends.marketplace", String.class);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stub + "/__received?path=" + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new JsonObject(response.body()).getInteger("count");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
