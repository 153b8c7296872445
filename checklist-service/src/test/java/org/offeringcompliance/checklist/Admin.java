package org.offeringcompliance.checklist;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.specification.RequestSpecification;

/** Builds checklist fixtures through the admin API with real Keycloak users and tokens. */
public final class Admin {

    public static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    private static TestUser staff;
    private static TestUser user;
    private static TestUser support;

    private Admin() {}

    public static synchronized TestUser staff() {
        if (staff == null) {
            staff = KEYCLOAK.create("staff", "staff");
        }
        return staff;
    }

    /** A user without global roles. */
    public static synchronized TestUser user() {
        if (user == null) {
            user = KEYCLOAK.create("user");
        }
        return user;
    }

    /** A user with the global support role (reads elsewhere, but is not staff). */
    public static synchronized TestUser support() {
        if (support == null) {
            support = KEYCLOAK.create("gsupport", "support");
        }
        return support;
    }

    public static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user)).contentType("application/json");
    }

    public static RequestSpecification asStaff() {
        return as(staff());
    }

    public static String createChecklist(String name) {
        return createChecklist(name, "offering_compliance");
    }

    public static String createChecklist(String name, String type) {
        return asStaff().body(Map.of("name", name, "checklist_type", type)).post("/api/checklists-admin/").then()
                .statusCode(201).extract().path("uuid");
    }

    /** A question of the checklist: description, type and order given, any other fields added. */
    public static String createQuestion(String checklist, String type, int order, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("checklist", checklist);
        body.putIfAbsent("description", type + " question " + order);
        body.put("question_type", type);
        body.put("order", order);
        body.putIfAbsent("required", false);
        return asStaff().body(body).post("/api/checklists-admin/questions/").then().statusCode(201).extract()
                .path("uuid");
    }

    public static String createQuestion(String checklist, String type, int order) {
        return createQuestion(checklist, type, order, Map.of());
    }

    public static String createOption(String question, String label, int order) {
        return asStaff().body(Map.of("question", question, "label", label, "order", order))
                .post("/api/checklists-admin/question-options/").then().statusCode(201).extract().path("uuid");
    }

    public static String createDependency(String question, String dependsOn, Object requiredValue, String operator) {
        return asStaff().body(Map.of("question", question, "depends_on_question", dependsOn, "required_answer_value",
                requiredValue, "operator", operator)).post("/api/checklists-admin/question-dependencies/").then()
                .statusCode(201).extract().path("uuid");
    }

    /** The hyphenated form of a hex uuid, which inputs accept too. */
    public static String hyphenated(String hex) {
        return hex.replaceFirst("(\\w{8})(\\w{4})(\\w{4})(\\w{4})(\\w{12})", "$1-$2-$3-$4-$5");
    }
}
