package org.offeringcompliance.checklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.offeringcompliance.checklist.Admin.as;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every admin endpoint: staff only (the resource tests show staff succeeding); others 403, no token 401. */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class AdminPermissionsTest {

    static final String ANY = UUID.randomUUID().toString().replace("-", "");

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/checklists-admin/"),
                Arguments.of("GET", "/api/checklists-admin/"),
                Arguments.of("HEAD", "/api/checklists-admin/"),
                Arguments.of("GET", "/api/checklists-admin/" + ANY + "/"),
                Arguments.of("PATCH", "/api/checklists-admin/" + ANY + "/"),
                Arguments.of("DELETE", "/api/checklists-admin/" + ANY + "/"),
                Arguments.of("GET", "/api/checklists-admin/" + ANY + "/questions/"),
                Arguments.of("HEAD", "/api/checklists-admin/" + ANY + "/questions/"),
                Arguments.of("POST", "/api/checklists-admin/questions/"),
                Arguments.of("GET", "/api/checklists-admin/questions/"),
                Arguments.of("HEAD", "/api/checklists-admin/questions/"),
                Arguments.of("GET", "/api/checklists-admin/questions/" + ANY + "/"),
                Arguments.of("PATCH", "/api/checklists-admin/questions/" + ANY + "/"),
                Arguments.of("DELETE", "/api/checklists-admin/questions/" + ANY + "/"),
                Arguments.of("POST", "/api/checklists-admin/question-options/"),
                Arguments.of("GET", "/api/checklists-admin/question-options/"),
                Arguments.of("HEAD", "/api/checklists-admin/question-options/"),
                Arguments.of("GET", "/api/checklists-admin/question-options/" + ANY + "/"),
                Arguments.of("PATCH", "/api/checklists-admin/question-options/" + ANY + "/"),
                Arguments.of("DELETE", "/api/checklists-admin/question-options/" + ANY + "/"),
                Arguments.of("POST", "/api/checklists-admin/question-dependencies/"),
                Arguments.of("GET", "/api/checklists-admin/question-dependencies/"),
                Arguments.of("HEAD", "/api/checklists-admin/question-dependencies/"),
                Arguments.of("GET", "/api/checklists-admin/question-dependencies/" + ANY + "/"),
                Arguments.of("DELETE", "/api/checklists-admin/question-dependencies/" + ANY + "/"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void plainUsersAndGlobalSupportAreForbidden(String method, String path) {
        for (TestUser caller : new TestUser[]{Admin.user(), Admin.support()}) {
            var response = withBody(as(caller), method).request(method, path).then().statusCode(403);
            if (!method.equals("HEAD")) {
                response.body("detail", equalTo("You do not have permission to perform this action."));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorized(String method, String path) {
        var response = withBody(given().contentType("application/json"), method).request(method, path).then()
                .statusCode(401);
        if (!method.equals("HEAD")) {
            response.body("detail", equalTo("Authentication credentials were not provided or are invalid."));
        }
    }

    private static RequestSpecification withBody(RequestSpecification request, String method) {
        return method.equals("POST") || method.equals("PATCH") ? request.body("{}") : request;
    }
}
