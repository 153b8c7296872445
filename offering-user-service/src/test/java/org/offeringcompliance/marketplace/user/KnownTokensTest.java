package org.offeringcompliance.marketplace.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.security.VerifiedTokens;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A token the service verified once is answered from memory until it expires; nothing else is taken for it. */
@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class KnownTokensTest {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aVerifiedTokenIsAnsweredAheadOfOidcWithTheIdentityOidcMadeOfIt() {
        TestUser erin = KEYCLOAK.create("erin");
        String token = KEYCLOAK.token(erin);
        given().auth().oauth2(token).get("/api/users/me/").then().statusCode(200).body("username",
                equalTo(erin.username()));
        SecurityIdentity known = verifiedTokens.lookUp(token).orElseThrow();
        assertEquals(erin.id().toString(), ((JsonWebToken) known.getPrincipal()).getSubject());
        assertTrue(verifiedTokens.lookUp(token + "x").isEmpty());

        // Answered from memory, before OIDC looks at it: this string is no JWT at all and still passes, as erin.
        verifiedTokens.remember("remembered-not-a-jwt", known);
        given().auth().oauth2("remembered-not-a-jwt").get("/api/users/me/").then().statusCode(200).body("username",
                equalTo(erin.username()));
        given().auth().oauth2("never-verified").get("/api/users/me/").then().statusCode(401);
        given().auth().oauth2(token).get("/api/users/me/").then().statusCode(200);
    }
}
