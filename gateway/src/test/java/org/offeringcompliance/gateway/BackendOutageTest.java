package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A backend that is down or slow costs its own routes only: JSON 503 within the connect timeout, JSON 504 within the
 * request timeout, while the other routes keep answering. connect-timeout and request-timeout are 1s in tests.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class BackendOutageTest {

    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final Duration MARGIN = Duration.ofMillis(700);
    static final String DOWN = "/api/marketplace-offering-user-checklist-completions/";

    @Test
    void aBackendThatIsDownIs503WithinTheConnectTimeoutAndOtherRoutesKeepWorking() {
        given().auth().oauth2(Callers.token()).get("/api/customers/").then().statusCode(200); // warm: token keys, pools
        long start = System.nanoTime();
        Response down = given().auth().oauth2(Callers.token()).get(DOWN);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[timing] closed port: 503 after %d ms%n", took.toMillis());
        down.then().statusCode(503).contentType("application/json")
                .body("detail", equalTo("The service behind this route is unavailable."))
                .header(RequestIds.HEADER, notNullValue());
        assertTrue(took.compareTo(TIMEOUT.plus(MARGIN)) < 0, "503 took " + took);

        given().auth().oauth2(Callers.token()).get("/api/customers/").then().statusCode(200).body("path",
                equalTo("/api/customers/"));
        given().auth().oauth2(Callers.token()).get("/api/checklists-admin/").then().statusCode(200);
    }

    @Test
    void aSlowBackendIs504WithinTheRequestTimeoutWhileOthersAnswerAtOnce() throws Exception {
        String token = Callers.token();
        long start = System.nanoTime();
        CompletableFuture<Response> slow = CompletableFuture
                .supplyAsync(() -> given().auth().oauth2(token).get("/api/checklists-admin/slow"));
        Thread.sleep(100);
        long fastStart = System.nanoTime();
        given().auth().oauth2(token).get("/api/customers/").then().statusCode(200);
        Duration fast = Duration.ofNanos(System.nanoTime() - fastStart);
        Response response = slow.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[timing] slow backend: 504 after %d ms (backend would answer after %d ms); "
                + "meanwhile another route answered in %d ms%n", took.toMillis(), StubBackends.SLOW_MILLIS, fast.toMillis());
        response.then().statusCode(504).contentType("application/json")
                .body("detail", equalTo("The service behind this route did not answer in time."));
        assertTrue(took.compareTo(TIMEOUT) >= 0 && took.compareTo(TIMEOUT.plus(MARGIN)) < 0, "504 took " + took);
        assertTrue(fast.toMillis() < 500, "a healthy route waited " + fast);
    }

    @Test
    void aBackendThatDropsTheConnectionIs502() {
        given().auth().oauth2(Callers.token()).get("/api/checklists-admin/broken").then().statusCode(502)
                .contentType("application/json").body("detail", equalTo("The service behind this route failed."));
    }

    @Test
    void aBodySentToADownBackendIsDroppedAndTheAnswerIsStill503() {
        Response response = given().auth().oauth2(Callers.token()).contentType("application/json")
                .body("{\"name\":\"x\"}").post(DOWN);
        assertEquals(503, response.statusCode());
        assertTrue(response.asString().contains("\"detail\""));
    }
}
