package org.offeringcompliance.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The seed's "Complete User Compliance Flow" through the gateway with real tokens: a provider is set up as a new user
 * would, a checklist is assigned, the offering user answers it, and the provider reviews it.
 */
class UserComplianceFlowIT {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();

    @BeforeAll
    static void gateway() {
        RestAssured.baseURI = System.getProperty("gateway.url", "http://localhost:8080");
    }

    static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user)).contentType("application/json");
    }

    @Test
    void completeUserComplianceFlow() {
        TestUser staff = KEYCLOAK.create("e2e-staff", "staff");
        TestUser owner = KEYCLOAK.create("e2e-owner");
        TestUser endUser = KEYCLOAK.create("e2e-user");

        String customer = as(staff).body(Map.of("name", "E2E Research Cloud")).post("/api/customers/").then()
                .statusCode(201).extract().path("uuid");
        as(staff).body(Map.of("user", owner.hexId(), "role", "owner")).post("/api/customers/{c}/add_user/", customer)
                .then().statusCode(201);
        as(owner).body(Map.of("customer", customer)).post("/api/marketplace-service-providers/").then().statusCode(201);
        String offering = as(owner).body(Map.of("name", "GPU cluster", "customer", customer))
                .post("/api/marketplace-provider-offerings/").then().statusCode(201).extract().path("uuid");

        String checklist = as(staff).body(Map.of("name", "GPU terms", "checklist_type", "offering_compliance"))
                .post("/api/checklists-admin/").then().statusCode(201).extract().path("uuid");
        String terms = as(staff).body(Map.of("checklist", checklist, "description", "Do you accept the terms?",
                "question_type", "boolean", "required", true, "order", 1, "operator", "equals",
                "review_answer_value", false)).post("/api/checklists-admin/questions/").then().statusCode(201)
                .extract().path("uuid");
        String purpose = as(staff).body(Map.of("checklist", checklist, "description", "Purpose of use",
                "question_type", "text_area", "required", true, "order", 2)).post("/api/checklists-admin/questions/")
                .then().statusCode(201).extract().path("uuid");

        // A checklist created a moment ago is assignable at once; one of another type is not.
        String project = as(staff).body(Map.of("name", "Project", "checklist_type", "project_compliance"))
                .post("/api/checklists-admin/").then().statusCode(201).extract().path("uuid");
        as(owner).body(Map.of("compliance_checklist", project))
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", offering).then()
                .statusCode(400);
        as(owner).body(Map.of("compliance_checklist", checklist))
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", offering).then()
                .statusCode(200).body("has_compliance_requirements", equalTo(true));
        // Right after the assignment, before its event reaches the checklist service, the checklist is in use.
        as(staff).delete("/api/checklists-admin/{c}/", checklist).then().statusCode(409);

        // 1. Anyone can see that the offering requires compliance.
        given().get("/api/marketplace-public-offerings/{o}/", offering).then().statusCode(200)
                .body("has_compliance_requirements", equalTo(true));

        // 2. The user receives access: right after the 201, before the marketplace's events arrive, the checklist
        // service answers for the new offering user (it asks the marketplace), completion included.
        String ou = as(owner).body(Map.of("offering", offering, "user", endUser.hexId(), "username", "gpu-user"))
                .post("/api/marketplace-offering-users/").then().statusCode(201).extract().path("uuid");
        as(endUser).get("/api/marketplace-offering-users/{ou}/completion_status/", ou).then().statusCode(200)
                .body("is_completed", equalTo(false)).body("unanswered_required_questions", hasSize(2));

        // 3. The user views the requirements.
        as(endUser).get("/api/marketplace-offering-users/{ou}/checklist/", ou).then().statusCode(200)
                .body("questions", hasSize(2)).body("completion.is_completed", equalTo(false));

        // 4. One bad item among good ones: nothing is written, errors align with the input.
        as(endUser).body(List.of(Map.of("question_uuid", purpose, "answer_data", "Training models"),
                Map.of("question_uuid", terms, "answer_data", "yes")))
                .post("/api/marketplace-offering-users/{ou}/submit_answers/", ou).then().statusCode(400)
                .body("[0]", equalTo(Map.of())).body("[1].non_field_errors", hasSize(1));
        as(endUser).get("/api/marketplace-offering-users/{ou}/completion_status/", ou).then()
                .body("completion_percentage", equalTo(0.0f));

        as(endUser).body(List.of(Map.of("question_uuid", purpose, "answer_data", "Training models"),
                Map.of("question_uuid", terms, "answer_data", false)))
                .post("/api/marketplace-offering-users/{ou}/submit_answers/", ou).then().statusCode(200)
                .body("completion.is_completed", equalTo(true)).body("completion.completion_percentage", equalTo(100.0f));

        // 5. The provider monitors and reviews.
        as(owner).get("/api/marketplace-offering-users/{ou}/completion_review_status/", ou).then().statusCode(200)
                .body("requires_review", equalTo(true)).body("reviewed_by", nullValue());
        as(owner).body(Map.of("review_notes", "Confirmed")).post("/api/marketplace-offering-users/{ou}/review_completion/", ou)
                .then().statusCode(200).body("reviewed_by", equalTo(owner.hexId()));
        as(endUser).get("/api/marketplace-offering-users/{ou}/completion_review_status/", ou).then().statusCode(403);
        as(KEYCLOAK.create("e2e-stranger")).get("/api/marketplace-offering-users/{ou}/checklist/", ou).then()
                .statusCode(404).body("detail", not(nullValue()));

        // Deleting the offering user removes its completion.
        as(owner).delete("/api/marketplace-offering-users/{ou}/", ou).then().statusCode(204);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> as(staff)
                .get("/api/marketplace-offering-users/{ou}/checklist/", ou).then().statusCode(404));

        // A checklist in use cannot be deleted.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> as(staff)
                .delete("/api/checklists-admin/{c}/", checklist).then().statusCode(409));
    }
}
