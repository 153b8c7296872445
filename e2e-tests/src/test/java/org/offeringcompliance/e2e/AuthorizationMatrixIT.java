package org.offeringcompliance.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * For each endpoint of API.md, every kind of caller gets exactly the status the contract gives, and no refused
 * caller's response contains the uuid of the object it may not see.
 */
class AuthorizationMatrixIT {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();

    enum Who {
        ANONYMOUS, UNRELATED, OFFERING_USER, OTHER_OFFERING_USER, OWNER, CUSTOMER_SUPPORT, OTHER_PROVIDER_OWNER, STAFF, GLOBAL_SUPPORT
    }

    static final Map<Who, TestUser> USERS = new LinkedHashMap<>();
    static String customer;
    static String provider;
    static String offering;
    static String offeringUser;
    static String completion;
    static String checklist;

    @BeforeAll
    static void twoProvidersAndTwoOfferingUsers() {
        RestAssured.baseURI = System.getProperty("gateway.url", "http://localhost:8080");
        USERS.put(Who.UNRELATED, KEYCLOAK.create("m-unrelated"));
        USERS.put(Who.OFFERING_USER, KEYCLOAK.create("m-ouser"));
        USERS.put(Who.OTHER_OFFERING_USER, KEYCLOAK.create("m-other-ouser"));
        USERS.put(Who.OWNER, KEYCLOAK.create("m-owner"));
        USERS.put(Who.CUSTOMER_SUPPORT, KEYCLOAK.create("m-custsupport"));
        USERS.put(Who.OTHER_PROVIDER_OWNER, KEYCLOAK.create("m-owner-b"));
        USERS.put(Who.STAFF, KEYCLOAK.create("m-staff", "staff"));
        USERS.put(Who.GLOBAL_SUPPORT, KEYCLOAK.create("m-gsupport", "support"));
        TestUser staff = USERS.get(Who.STAFF);

        customer = createProvider("Matrix A", Who.OWNER);
        as(staff).body(Map.of("user", USERS.get(Who.CUSTOMER_SUPPORT).hexId(), "role", "support"))
                .post("/api/customers/{c}/add_user/", customer).then().statusCode(201);
        provider = as(staff).get("/api/marketplace-service-providers/?customer_uuid={c}", customer).path("[0].uuid");
        createProvider("Matrix B", Who.OTHER_PROVIDER_OWNER);

        offering = as(staff).body(Map.of("name", "Matrix offering", "customer", customer))
                .post("/api/marketplace-provider-offerings/").then().statusCode(201).extract().path("uuid");
        checklist = as(staff).body(Map.of("name", "Matrix checklist", "checklist_type", "offering_compliance"))
                .post("/api/checklists-admin/").then().statusCode(201).extract().path("uuid");
        as(staff).body(Map.of("checklist", checklist, "description", "Agree?", "question_type", "boolean", "required",
                true, "order", 1)).post("/api/checklists-admin/questions/").then().statusCode(201);
        as(staff).body(Map.of("compliance_checklist", checklist))
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", offering).then()
                .statusCode(200);
        offeringUser = addOfferingUser(Who.OFFERING_USER);
        addOfferingUser(Who.OTHER_OFFERING_USER);
        // Reports are eventually consistent: wait until both offering users' completions have arrived.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(USERS.get(Who.OWNER))
                .get("/api/marketplace-offering-user-checklist-completions/?offering_uuid={o}", offering).then()
                .statusCode(200).header("X-Result-Count", "2"));
        completion = as(USERS.get(Who.OFFERING_USER))
                .get("/api/marketplace-offering-user-checklist-completions/?offering_uuid={o}", offering)
                .path("[0].uuid");
    }

    static String createProvider(String name, Who owner) {
        TestUser staff = USERS.get(Who.STAFF);
        String c = as(staff).body(Map.of("name", name)).post("/api/customers/").then().statusCode(201).extract()
                .path("uuid");
        as(staff).body(Map.of("user", USERS.get(owner).hexId(), "role", "owner")).post("/api/customers/{c}/add_user/", c)
                .then().statusCode(201);
        as(USERS.get(owner)).body(Map.of("customer", c)).post("/api/marketplace-service-providers/").then()
                .statusCode(201);
        return c;
    }

    static String addOfferingUser(Who who) {
        return as(USERS.get(Who.OWNER)).body(Map.of("offering", offering, "user", USERS.get(who).hexId(), "username",
                who.name().toLowerCase())).post("/api/marketplace-offering-users/").then().statusCode(201).extract()
                .path("uuid");
    }

    static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user)).contentType("application/json");
    }

    static RequestSpecification caller(Who who) {
        return who == Who.ANONYMOUS ? given().contentType("application/json") : as(USERS.get(who));
    }

    /** Expected statuses in the order of {@link Who}. */
    record Row(String name, Function<RequestSpecification, Response> call, String hidden, int... expected) {}

    static List<Row> rows() {
        String ou = "/api/marketplace-offering-users/" + offeringUser + "/";
        String compliance = "/api/marketplace-service-providers/" + provider + "/compliance/";
        return List.of(
                new Row("GET users/me", r -> r.get("/api/users/me/"), null, 401, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET users/{offering user's user}", r -> r.get("/api/users/" + USERS.get(Who.OFFERING_USER).hexId()
                        + "/"), USERS.get(Who.OFFERING_USER).hexId(), 401, 404, 200, 404, 404, 404, 404, 200, 200),
                new Row("POST customers", r -> r.body(Map.of("name", "Nope")).post("/api/customers/"), null,
                        401, 403, 403, 403, 403, 403, 403, 201, 403),
                new Row("GET customer", r -> r.get("/api/customers/" + customer + "/"), customer,
                        401, 404, 404, 404, 200, 200, 404, 200, 200),
                new Row("GET customer list_users", r -> r.get("/api/customers/" + customer + "/list_users/"), customer,
                        401, 404, 404, 404, 200, 200, 404, 200, 200),
                new Row("GET provider", r -> r.get("/api/marketplace-service-providers/" + provider + "/"), null,
                        401, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET provider offering", r -> r.get("/api/marketplace-provider-offerings/" + offering + "/"),
                        offering, 401, 404, 404, 404, 200, 200, 404, 200, 200),
                new Row("PATCH provider offering", r -> r.body(Map.of("description", "x"))
                        .patch("/api/marketplace-provider-offerings/" + offering + "/"), offering,
                        401, 404, 404, 404, 200, 403, 404, 200, 403),
                new Row("POST update_compliance_checklist (empty)", r -> r.body("{}")
                        .post("/api/marketplace-provider-offerings/" + offering + "/update_compliance_checklist/"),
                        offering, 401, 404, 404, 404, 200, 403, 404, 200, 403),
                new Row("GET public offering", r -> r.get("/api/marketplace-public-offerings/" + offering + "/"), null,
                        200, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET offering user", r -> r.get(ou), offeringUser, 401, 404, 200, 404, 200, 200, 404, 200, 200),
                new Row("PATCH offering user", r -> r.body(Map.of("is_restricted", false)).patch(ou), offeringUser,
                        401, 404, 403, 404, 200, 403, 404, 200, 403),
                new Row("GET checklist", r -> r.get(ou + "checklist/"), offeringUser,
                        401, 404, 200, 404, 200, 403, 404, 200, 403),
                new Row("GET completion_status", r -> r.get(ou + "completion_status/"), offeringUser,
                        401, 404, 200, 404, 200, 403, 404, 200, 403),
                new Row("POST submit_answers (empty list)", r -> r.body("[]").post(ou + "submit_answers/"), offeringUser,
                        401, 404, 200, 404, 200, 403, 404, 200, 403),
                new Row("GET checklist_review", r -> r.get(ou + "checklist_review/"), offeringUser,
                        401, 404, 403, 404, 200, 403, 404, 200, 403),
                new Row("GET completion_review_status", r -> r.get(ou + "completion_review_status/"), offeringUser,
                        401, 404, 403, 404, 200, 403, 404, 200, 403),
                new Row("POST review_completion", r -> r.body(Map.of("review_notes", "ok")).post(ou + "review_completion/"),
                        offeringUser, 401, 404, 403, 404, 200, 403, 404, 200, 403),
                new Row("GET compliance_overview", r -> r.get(compliance + "compliance_overview/"), null,
                        401, 403, 403, 403, 200, 200, 403, 200, 200),
                new Row("GET compliance offering_users", r -> r.get(compliance + "offering_users/"), null,
                        401, 403, 403, 403, 200, 200, 403, 200, 200),
                new Row("GET checklists_summary", r -> r.get(compliance + "checklists_summary/"), null,
                        401, 403, 403, 403, 200, 200, 403, 200, 200),
                new Row("GET completions list", r -> r.get("/api/marketplace-offering-user-checklist-completions/"), null,
                        401, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET completion", r -> r.get("/api/marketplace-offering-user-checklist-completions/" + completion
                        + "/"), completion, 401, 404, 200, 404, 200, 200, 404, 200, 200),
                new Row("POST completions (write)", r -> r.body("{}")
                        .post("/api/marketplace-offering-user-checklist-completions/"), null,
                        401, 405, 405, 405, 405, 405, 405, 405, 405),
                new Row("GET checklists-admin", r -> r.get("/api/checklists-admin/"), null,
                        401, 403, 403, 403, 403, 403, 403, 200, 403),
                new Row("GET checklists-admin/{uuid}", r -> r.get("/api/checklists-admin/" + checklist + "/"), null,
                        401, 403, 403, 403, 403, 403, 403, 200, 403));
    }

    @Test
    void everyCallerGetsTheContractsStatusAndRefusalsDoNotLeakUuids() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (Who who : Who.values()) {
                Response response = row.call().apply(caller(who));
                int expected = row.expected()[who.ordinal()];
                if (response.statusCode() != expected) {
                    wrong.add(row.name() + " as " + who + ": " + response.statusCode() + " instead of " + expected);
                }
                if (response.statusCode() >= 400 && row.hidden() != null && response.asString().contains(row.hidden())) {
                    wrong.add(row.name() + " as " + who + ": the refusal names the object");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void listsNeverShowAnotherTenantsRows() {
        String path = "/api/marketplace-offering-user-checklist-completions/";
        assertEquals("1", as(USERS.get(Who.OFFERING_USER)).get(path + "?offering_uuid=" + offering).header("X-Result-Count"));
        assertEquals("0", as(USERS.get(Who.UNRELATED)).get(path).header("X-Result-Count"));
        assertEquals("0", as(USERS.get(Who.OTHER_PROVIDER_OWNER)).get(path + "?offering_uuid=" + offering)
                .header("X-Result-Count"));
        assertEquals("2", as(USERS.get(Who.OWNER)).get(path + "?offering_uuid=" + offering).header("X-Result-Count"));
        assertEquals("0", as(USERS.get(Who.UNRELATED)).get(path + "?user_uuid=" + USERS.get(Who.OFFERING_USER).hexId())
                .header("X-Result-Count"));
        assertEquals("0", as(USERS.get(Who.OTHER_PROVIDER_OWNER)).get("/api/marketplace-offering-users/?offering_uuid="
                + offering).header("X-Result-Count"));
    }
}
