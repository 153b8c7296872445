package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/** What the gateway lets through to a backend, and what it keeps to itself. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class FrontDoorTest {

    // management = true resolves against /q on the management port
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aRequestOnAConnectionTheBackendIsClosingIsSentAgainOnAnotherOne() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = Callers.token();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/checklists-admin/stale?key=" + key).then().statusCode(200)
                    .body("key", equalTo(key));
        }
        assertEquals(1, staleCloses(key), "the stub closed one reused connection under a request");
    }

    @Test
    void theClientsHostAndForwardingHeadersNeverReachABackend() {
        given().auth().oauth2(Callers.token()).header("Host", "evil.example.com")
                .header("X-Forwarded-Host", "evil2.example.com").header("X-Forwarded-Proto", "gopher")
                .header("X-Forwarded-For", "6.6.6.6").header("Forwarded", "host=evil3.example.com;proto=http")
                .get("/api/customers/").then().statusCode(200)
                .body("forwardedHost", equalTo("api.example.org")).body("forwardedProto", equalTo("https"))
                .body("forwarded", nullValue()).body("forwardedFor", equalTo("127.0.0.1"));
    }

    @Test
    void aBodyWhereNoneIsExpectedIsRefusedAndNeverForwarded() {
        for (String method : new String[]{"GET", "DELETE"}) {
            String path = "/api/customers/" + method.toLowerCase() + "-with-body/";
            given().auth().oauth2(Callers.token()).contentType("application/json").body("{\"a\": 1}")
                    .request(method, path).then().statusCode(400).contentType("application/json")
                    .body("detail", equalTo("A " + method + " request takes no body."));
            assertEquals(0, BodyLimitTest.receivedBy(path));
        }
    }

    @Test
    void anAnonymousCallerMaySendNoBodyAtAll() {
        String path = "/api/marketplace-public-offerings/anonymous-body/";
        given().contentType("application/json").body("{\"a\": 1}").post(path).then().statusCode(401)
                .contentType("application/json");
        assertEquals(0, BodyLimitTest.receivedBy(path));
    }

    @Test
    void aRefusalThatLeavesTheBodyUnreadClosesTheConnection() throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            String body = "{\"name\": \"x\"}";
            socket.getOutputStream().write(("POST /api/customers/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
            assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        }
    }

    @Test
    void metricsAreOnTheManagementPortTaggedByRouteTemplate() {
        String customer = UUID.randomUUID().toString().replace("-", "");
        given().auth().oauth2(Callers.token()).get("/api/customers/" + customer + "/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(404);
        given().get(metrics.toString()).then().statusCode(200)
                .body(containsString("uri=\"/api/customers/{id}\"")).body(not(containsString(customer)));
    }

    @Test
    void oversizedRequestsAndForeignOriginsAreRefusedInJson() {
        given().auth().oauth2(Callers.token()).get("/api/customers/?name=" + "x".repeat(5000)).then().statusCode(414)
                .contentType("application/json").body("detail", containsString("4096"));
        given().auth().oauth2(Callers.token()).header("X-Padding", "y".repeat(20_000)).get("/api/customers/").then()
                .statusCode(431).contentType("application/json").body("detail", containsString("headers"));
        given().header("Origin", "https://evil.example.com").get("/api/marketplace-public-offerings/").then()
                .statusCode(403).contentType("application/json").body("detail", equalTo("Origin not allowed."));
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .options("/api/customers/").then().statusCode(403).contentType("application/json");
        given().auth().oauth2(Callers.token()).header("Origin", "https://app.example.org").request("TRACE",
                "/api/customers/").then().statusCode(403).contentType("application/json")
                .body("detail", equalTo("Method not allowed for cross-origin requests."));
    }

    @Test
    void templatesKeepRouteWordsAndHideIdentifiers() {
        assertEquals("/api/marketplace-offering-users/{id}/submit_answers/",
                RouteMetrics.template("/api/marketplace-offering-users/0b5c1f3e9a4d4f7e8c2b1a0d9e8f7a6b/submit_answers/"));
        assertEquals("/api/customers/{id}/{id}/", RouteMetrics.template("/api/customers/123/Robert');DROP/"));
    }

    /** The status line, headers and JSON body of one answer. */
    private static String readAnswer(Socket socket) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        int read;
        while (!answer.toString().endsWith("}") && (read = socket.getInputStream().read(buffer)) > 0) {
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    private static int staleCloses(String key) throws IOException, InterruptedException {
        String stub = ConfigProvider.getConfig().getValue("gateway.backends.checklist", String.class);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stub + "/__stale?key=" + key)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body()).getInteger("closed");
    }
}
