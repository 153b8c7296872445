package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** A backend host that never completes a connection (unlike a closed port) is given up after the connect timeout. */
@QuarkusTest
@TestProfile(GatewayTestProfile.Blackhole.class)
class BlackholeBackendTest {

    @Test
    void aHangingConnectIs503AfterTheConnectTimeout() {
        given().auth().oauth2(Callers.token()).get("/api/customers/").then().statusCode(200);
        long start = System.nanoTime();
        Response response = given().auth().oauth2(Callers.token()).get(BackendOutageTest.DOWN);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[timing] connect hangs: 503 after %d ms (connect-timeout 1000 ms)%n", took.toMillis());
        response.then().statusCode(503).body("detail", equalTo("The service behind this route is unavailable."));
        assertTrue(took.compareTo(BackendOutageTest.TIMEOUT.minusMillis(100)) >= 0, "503 came before the timeout: " + took);
        assertTrue(took.compareTo(BackendOutageTest.TIMEOUT.plus(BackendOutageTest.MARGIN)) < 0, "503 took " + took);
        given().auth().oauth2(Callers.token()).get("/api/customers/").then().statusCode(200);
    }
}
