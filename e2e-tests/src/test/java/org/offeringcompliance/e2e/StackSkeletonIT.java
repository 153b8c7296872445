package org.offeringcompliance.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.RestAssured;

/** The running stack through the gateway: a fresh Keycloak user's token reaches every service; no token is refused. */
class StackSkeletonIT {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    static TestUser user;
    static TestUser staff;

    @BeforeAll
    static void gateway() {
        RestAssured.baseURI = System.getProperty("gateway.url", "http://localhost:8080");
        user = KEYCLOAK.create("e2e-user");
        staff = KEYCLOAK.create("e2e-staff", "staff");
    }

    @Test
    void gatewayIsHealthyOnItsManagementPortOnly() {
        String management = System.getProperty("gateway.management.url", "http://localhost:9080");
        given().get(management + "/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void tokenReachesTheMarketplaceService() {
        given().auth().oauth2(KEYCLOAK.token(user)).get("/api/users/me/").then().statusCode(200)
                .body("uuid", equalTo(user.hexId())).header("X-Request-Id", notNullValue());
    }

    @Test
    void tokenReachesTheChecklistService() {
        given().auth().oauth2(KEYCLOAK.token(staff)).get("/api/checklists-admin/").then().statusCode(200)
                .header("Link", notNullValue());
        given().auth().oauth2(KEYCLOAK.token(user)).get("/api/checklists-admin/").then().statusCode(403);
    }

    @Test
    void tokenReachesTheReportingService() {
        given().auth().oauth2(KEYCLOAK.token(user)).get("/api/marketplace-offering-user-checklist-completions/").then()
                .statusCode(200).header("X-Result-Count", "0")
                .header("Link", equalTo("<http://localhost:8080/api/marketplace-offering-user-checklist-completions/"
                        + "?page=1&page_size=10>; rel=\"first\", <http://localhost:8080/api/"
                        + "marketplace-offering-user-checklist-completions/?page=1&page_size=10>; rel=\"last\""));
    }

    @Test
    void noTokenOrABadTokenIs401InJson() {
        for (String path : new String[]{"/api/users/me/", "/api/checklists-admin/",
                "/api/marketplace-offering-user-checklist-completions/"}) {
            given().get(path).then().statusCode(401).contentType("application/json").body("detail", notNullValue());
            given().auth().oauth2("not.a.token").get(path).then().statusCode(401).contentType("application/json");
        }
    }

    @Test
    void unknownRoutesAre404InJson() {
        given().auth().oauth2(KEYCLOAK.token(user)).get("/api/no-such-thing/").then().statusCode(404)
                .body("detail", equalTo("Not found."));
    }

    @Test
    void theIssuerIsFixedSoLocalhostAndLoopbackTokensAreAlike() {
        String viaLocalhost = new KeycloakUsers("http://localhost:8180").passwordGrant(user.username(), user.username());
        given().auth().oauth2(viaLocalhost).get("/api/users/me/").then().statusCode(200);
    }
}
