package org.offeringcompliance.reporting.completion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.testing.KeycloakUsers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class CompletionResourceTest {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    static final String PATH = "/api/marketplace-offering-user-checklist-completions/";

    @Test
    void aNewUserHasNoCompletions() {
        String token = KEYCLOAK.token(KEYCLOAK.create("newcomer"));
        given().auth().oauth2(token).get(PATH).then().statusCode(200).body("$", hasSize(0))
                .header("X-Result-Count", "0");
        given().auth().oauth2(token).head(PATH).then().statusCode(200).header("X-Result-Count", "0");
        given().auth().oauth2(token).get(PATH + "?page=2").then().statusCode(404);
        given().auth().oauth2(token).get(PATH + "?page_size=abc").then().statusCode(400)
                .body("page_size[0]", equalTo("A valid integer is required."));
    }

    @Test
    void writesAreNotAllowedAndAnonymousIsRefused() {
        given().get(PATH).then().statusCode(401);
        String token = KEYCLOAK.token(KEYCLOAK.create("writer"));
        given().auth().oauth2(token).contentType("application/json").body("{}").post(PATH).then().statusCode(405)
                .body("detail", equalTo("Method not allowed."));
    }
}
