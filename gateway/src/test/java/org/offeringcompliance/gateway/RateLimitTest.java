package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** With gateway.rate-limit on (3 a minute here), the fourth request of a caller is a JSON 429 with Retry-After. */
@QuarkusTest
@TestProfile(GatewayTestProfile.RateLimited.class)
class RateLimitTest {

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void eachTokenSubjectHasItsOwnBudget() {
        String first = Callers.token();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(first).get("/api/customers/").then().statusCode(200);
        }
        assertThrottled(given().auth().oauth2(first).get("/api/customers/"));

        String second = Callers.KEYCLOAK.token(Callers.KEYCLOAK.create("gw-other"));
        given().auth().oauth2(second).get("/api/customers/").then().statusCode(200);
    }

    @Test
    void anonymousCallersAreCountedByAddress() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/marketplace-public-offerings/").then().statusCode(200);
        }
        assertThrottled(given().get("/api/marketplace-public-offerings/"));
    }

    @Test
    void healthAndDocsAreNotCounted() {
        for (int i = 0; i < 5; i++) {
            given().get(health.toString()).then().statusCode(200);
        }
    }

    private static void assertThrottled(Response response) {
        response.then().statusCode(429).contentType("application/json").body("detail", containsString("throttled"))
                .header(RequestIds.HEADER, notNullValue());
        int retryAfter = Integer.parseInt(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }
}
