package org.offeringcompliance.marketplace.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class UserResourceTest {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();

    @Test
    void meIsCreatedFromTheRealToken() {
        TestUser alice = KEYCLOAK.create("alice");
        given().auth().oauth2(KEYCLOAK.token(alice)).get("/api/users/me/").then().statusCode(200)
                .body("uuid", equalTo(alice.hexId()))
                .body("username", equalTo(alice.username()))
                .body("full_name", equalTo(alice.fullName()))
                .body("email", equalTo(alice.email()))
                .body("is_staff", equalTo(false));
    }

    @Test
    void noTokenIs401InJson() {
        given().get("/api/users/me/").then().statusCode(401).contentType("application/json")
                .body("detail", equalTo("Authentication credentials were not provided or are invalid."));
    }

    @Test
    void aForgedTokenIsRefused() {
        TestUser bob = KEYCLOAK.create("bob");
        String token = KEYCLOAK.token(bob);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).get("/api/users/me/").then().statusCode(401);
    }

    @Test
    void otherUsersAreVisibleToStaffOnly() {
        TestUser carol = KEYCLOAK.create("carol");
        TestUser dave = KEYCLOAK.create("dave");
        TestUser staff = KEYCLOAK.create("staff", "staff");
        given().auth().oauth2(KEYCLOAK.token(carol)).get("/api/users/me/").then().statusCode(200);

        given().auth().oauth2(KEYCLOAK.token(dave)).get("/api/users/{uuid}/", carol.hexId()).then().statusCode(404);
        given().auth().oauth2(KEYCLOAK.token(staff)).get("/api/users/{uuid}/", carol.id()).then().statusCode(200)
                .body("username", equalTo(carol.username()));
        given().auth().oauth2(KEYCLOAK.token(carol)).get("/api/users/{uuid}/", carol.hexId()).then().statusCode(200);
        given().auth().oauth2(KEYCLOAK.token(staff)).get("/api/users/not-a-uuid/").then().statusCode(404)
                .body("detail", equalTo("Not found."));
    }

    @Test
    void readinessCoversTheDatabaseButNotTheBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")));
    }
}
