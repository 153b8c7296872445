package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** CORS comes from quarkus.http.cors.* and covers the proxied routes; in tests only https://app.example.org is allowed. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class CorsTest {

    static final String ALLOWED = "https://app.example.org";

    @Test
    void aPreflightFromTheAllowedOriginGetsTheCorsHeaders() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-request-id")
                .options("/api/customers/").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("X-Request-Id"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNone() {
        Response response = given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST").options("/api/customers/");
        response.then().header("Access-Control-Allow-Origin", nullValue()).statusCode(not(equalTo(200)));
    }

    @Test
    void aProxiedAnswerCarriesTheGatewaysCorsHeadersOnceAndExposesTheApiHeaders() {
        // the stub backend sends "Access-Control-Allow-Origin: *" itself; the gateway's setting wins, once
        Response response = given().auth().oauth2(Callers.token()).header("Origin", ALLOWED).get("/api/customers/");
        response.then().statusCode(200).header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("X-Result-Count"));
        assertEquals(java.util.List.of(ALLOWED), response.headers().getValues("Access-Control-Allow-Origin"));
    }

    @Test
    void theGatewaysOwnErrorsCarryCorsHeadersSoBrowsersCanReadThem() {
        Response response = given().header("Origin", ALLOWED).get("/api/customers/");
        response.then().statusCode(401).header("Access-Control-Allow-Origin", equalTo(ALLOWED));
        assertTrue(response.asString().contains("detail"));
    }
}
