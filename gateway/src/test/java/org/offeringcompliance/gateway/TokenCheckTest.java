package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * The gateway checks tokens itself against realm "compliance": a real token passes (and is passed on), anything else is a
 * JSON 401 without a stack trace. Health, public offerings and the API docs need no token.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class TokenCheckTest {

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Inject
    VerifiedTokens verifiedTokens;

    static final String PROTECTED = "/api/customers/";

    @Test
    void aRealTokenPassesAndIsForwarded() {
        given().auth().oauth2(Callers.token()).get(PROTECTED).then().statusCode(200).body("authorization", equalTo(true));
    }

    @Test
    void noTokenIs401InJson() {
        assertRefused(given().get(PROTECTED));
        given().get(PROTECTED).then().header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() {
        assertRefused(given().auth().oauth2(KeycloakAdmin.masterToken()).get(PROTECTED));
    }

    @Test
    void aTokenOfThisRealmIssuedForAnotherAudienceIsRefused() {
        assertRefused(given().auth().oauth2(KeycloakAdmin.otherAudienceToken(Callers.user())).get(PROTECTED));
        given().auth().oauth2(Callers.token()).get(PROTECTED).then().statusCode(200);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = Callers.token().split("\\.");
        JsonObject claims = new JsonObject(decode(parts[1])).put("realm_access",
                new JsonObject().put("roles", new io.vertx.core.json.JsonArray().add("staff")));
        assertRefused(given().auth().oauth2(parts[0] + "." + encode(claims.encode()) + "." + parts[2]).get(PROTECTED));
    }

    @Test
    void aTokenSignedWithAnUntrustedKeyIsRefused() throws Exception {
        String[] parts = Callers.token().split("\\.");
        PrivateKey key = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        assertRefused(given().auth().oauth2(sign(parts[0] + "." + parts[1], key)).get(PROTECTED));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = KeycloakAdmin.shortLivedToken(Callers.user());
        given().auth().oauth2(token).get(PROTECTED).then().statusCode(200);
        long expiresAt = new JsonObject(decode(token.split("\\.")[1])).getLong("exp") * 1000;
        Thread.sleep(Math.max(0, expiresAt + 1500 - System.currentTimeMillis()));
        assertRefused(given().auth().oauth2(token).get(PROTECTED));
    }

    @Test
    void aVerifiedTokenIsKeptUntilItExpiresAndNothingElseIsTakenForIt() {
        String token = Callers.token();
        given().auth().oauth2(token).get(PROTECTED).then().statusCode(200);
        VerifiedTokens.Verified known = verifiedTokens.lookUp(token).orElseThrow();
        assertEquals(Callers.user().id().toString(), known.subject());
        long exp = new JsonObject(decode(token.split("\\.")[1])).getLong("exp");
        assertEquals(exp, known.expiresAt().getEpochSecond());
        assertTrue(verifiedTokens.lookUp(token + "x").isEmpty());
        assertTrue(verifiedTokens.lookUp(token.substring(0, token.length() - 1)).isEmpty());
        // Only the exact header form OIDC accepted is looked up
        assertEquals(java.util.Optional.of(token), VerifiedTokens.bearer("Bearer " + token));
        assertTrue(VerifiedTokens.bearer("bearer " + token).isEmpty());
        assertTrue(VerifiedTokens.bearer("Bearer ").isEmpty());
    }

    @Test
    void garbageIsRefused() {
        assertRefused(given().auth().oauth2("not.a.token").get(PROTECTED));
        assertRefused(given().header("Authorization", "Bearer ").get(PROTECTED));
    }

    @Test
    void publicPathsHealthAndUnknownRoutesNeedNoToken() {
        given().get("/api/marketplace-public-offerings/").then().statusCode(200);
        given().get(health.toString()).then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/no-such-thing/").then().statusCode(404).contentType("application/json")
                .body("detail", equalTo("Not found."));
        given().get("/nowhere.txt").then().statusCode(404).contentType("application/json");
    }

    @Test
    void aDotSegmentCannotSmuggleAProtectedPathPastThePublicOne() throws Exception {
        for (String path : new String[]{"/api/marketplace-public-offerings/../customers/",
                "/api/marketplace-public-offerings/%2e%2e/customers/",
                "/api/marketplace-public-offerings/./x/../../customers/"}) {
            var request = java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path)).GET()
                    .build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.junit.jupiter.api.Assertions.assertEquals(400, response.statusCode(), path + ": " + response.body());
            org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("Invalid path."), response.body());
        }
    }

    private static void assertRefused(Response response) {
        response.then().statusCode(401).contentType("application/json").body("detail", notNullValue())
                .header(RequestIds.HEADER, notNullValue());
        String body = response.asString();
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("<html"), body);
    }

    static String sign(String headerAndClaims, PrivateKey key) throws Exception {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(headerAndClaims.getBytes(StandardCharsets.US_ASCII));
        return headerAndClaims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
