package org.offeringcompliance.checklist.checklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.testing.KeycloakUsers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class ChecklistAdminResourceTest {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();

    @Test
    void staffListsChecklistsWithPaginationHeaders() {
        given().auth().oauth2(KEYCLOAK.token(KEYCLOAK.create("staff", "staff"))).get("/api/checklists-admin/").then()
                .statusCode(200)
                .header("X-Result-Count", notNullValue())
                .header("Link", containsString("rel=\"first\""))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void otherUsersAreForbiddenAndAnonymousUnauthorized() {
        given().auth().oauth2(KEYCLOAK.token(KEYCLOAK.create("user"))).get("/api/checklists-admin/").then()
                .statusCode(403).body("detail", equalTo("You do not have permission to perform this action."));
        given().auth().oauth2(KEYCLOAK.token(KEYCLOAK.create("support", "support"))).get("/api/checklists-admin/")
                .then().statusCode(403);
        given().get("/api/checklists-admin/").then().statusCode(401);
    }

    @Test
    void requestIdFromTheCallerIsEchoed() {
        given().header("X-Request-Id", "test-request-1").get("/api/checklists-admin/").then()
                .header("X-Request-Id", equalTo("test-request-1"));
    }
}
