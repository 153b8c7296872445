package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** X-Request-Id: the client's (when sane) or a new one, sent to the backend, and returned exactly once on every answer. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RequestIdTest {

    @Test
    void aClientsIdIsPassedOnAndReturnedOnce() {
        Response response = given().auth().oauth2(Callers.token()).header(RequestIds.HEADER, "client-42.a:b")
                .get("/api/customers/");
        response.then().statusCode(200).body("requestIds", contains("client-42.a:b"));
        assertEquals(List.of("client-42.a:b"), ids(response)); // the backend echoes it too: still once
    }

    @Test
    void withoutOneTheGatewayMakesOneAndTheBackendGetsTheSame() {
        Response response = given().auth().oauth2(Callers.token()).get("/api/customers/");
        String id = ids(response).get(0);
        UUID.fromString(id);
        response.then().body("requestIds", contains(id));
        assertEquals(1, ids(response).size());
    }

    @Test
    void anOverlongOrStrangeIdIsReplaced() {
        for (String bad : new String[]{"x".repeat(129), "<script>alert(1)</script>", "a b", "id;drop"}) {
            Response response = given().auth().oauth2(Callers.token()).header(RequestIds.HEADER, bad)
                    .get("/api/customers/");
            String id = ids(response).get(0);
            assertNotEquals(bad, id);
            UUID.fromString(id);
            response.then().body("requestIds", contains(id));
        }
    }

    @Test
    void theGatewaysOwnErrorsCarryTheId() {
        assertOwnError(given().header(RequestIds.HEADER, "no-token").get("/api/customers/"), "no-token", 401);
        assertOwnError(given().auth().oauth2("not.a.token").header(RequestIds.HEADER, "bad-token")
                .get("/api/customers/"), "bad-token", 401);
        assertOwnError(given().auth().oauth2(Callers.token()).header(RequestIds.HEADER, "unknown-route")
                .get("/api/nothing-here/"), "unknown-route", 404);
        assertOwnError(given().auth().oauth2(Callers.token()).header(RequestIds.HEADER, "down")
                .get(BackendOutageTest.DOWN), "down", 503);
        assertOwnError(given().auth().oauth2(Callers.token()).header(RequestIds.HEADER, "too-big")
                .body(new byte[BodyLimitTest.LIMIT + 1]).post("/api/customers/"), "too-big", 413);
    }

    private static void assertOwnError(Response response, String id, int status) {
        response.then().statusCode(status).contentType("application/json");
        assertEquals(List.of(id), ids(response));
    }

    static List<String> ids(Response response) {
        return response.headers().getValues(RequestIds.HEADER);
    }
}
