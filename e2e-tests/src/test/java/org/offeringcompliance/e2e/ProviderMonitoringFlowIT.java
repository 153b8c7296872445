package org.offeringcompliance.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
 * The seed's "Service Provider Monitoring Flow" and "User Dashboard Flow" through the gateway: figures follow a submit
 * within a second, a removed checklist reports no_checklist, and a user sees their pending work across providers.
 */
class ProviderMonitoringFlowIT {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();

    @BeforeAll
    static void gateway() {
        RestAssured.baseURI = System.getProperty("gateway.url", "http://localhost:8080");
    }

    static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user)).contentType("application/json");
    }

    @Test
    void providerMonitorsAndUserSeesTheirDashboard() {
        TestUser staff = KEYCLOAK.create("mon-staff", "staff");
        TestUser owner = KEYCLOAK.create("mon-owner");
        TestUser alice = KEYCLOAK.create("mon-alice");
        TestUser bob = KEYCLOAK.create("mon-bob");
        TestUser carol = KEYCLOAK.create("mon-carol");

        String customer = as(staff).body(Map.of("name", "Monitoring Co")).post("/api/customers/").then().statusCode(201)
                .extract().path("uuid");
        as(staff).body(Map.of("user", owner.hexId(), "role", "owner")).post("/api/customers/{c}/add_user/", customer)
                .then().statusCode(201);
        String provider = as(owner).body(Map.of("customer", customer)).post("/api/marketplace-service-providers/")
                .then().statusCode(201).extract().path("uuid");
        String gpu = as(owner).body(Map.of("name", "A GPU", "customer", customer))
                .post("/api/marketplace-provider-offerings/").then().statusCode(201).extract().path("uuid");
        String storage = as(owner).body(Map.of("name", "B Storage", "customer", customer))
                .post("/api/marketplace-provider-offerings/").then().statusCode(201).extract().path("uuid");
        String checklist = as(staff).body(Map.of("name", "Monitoring terms", "checklist_type", "offering_compliance"))
                .post("/api/checklists-admin/").then().statusCode(201).extract().path("uuid");
        String question = as(staff).body(Map.of("checklist", checklist, "description", "Accept?", "question_type",
                "boolean", "required", true, "order", 1)).post("/api/checklists-admin/questions/").then()
                .statusCode(201).extract().path("uuid");
        as(owner).body(Map.of("compliance_checklist", checklist))
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", gpu).then().statusCode(200);

        String aliceOu = addUser(owner, gpu, alice);
        addUser(owner, gpu, bob);
        addUser(owner, storage, carol);
        String overview = "/api/marketplace-service-providers/" + provider + "/compliance/compliance_overview/";

        // 1. Overall statistics: both offerings by name, the one without a checklist with zeros.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> as(owner).get(overview).then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].offering_name", equalTo("A GPU")).body("[0].checklist_name", equalTo("Monitoring terms"))
                .body("[0].total_users", equalTo(2)).body("[0].users_with_completions", equalTo(2))
                .body("[0].completed_users", equalTo(0)).body("[0].pending_users", equalTo(2))
                .body("[0].compliance_rate", equalTo(0.0f))
                .body("[1].checklist_name", nullValue()).body("[1].total_users", equalTo(1))
                .body("[1].compliance_rate", equalTo(0.0f)));

        // 2. The user dashboard: Alice's pending work, across providers.
        as(alice).get("/api/marketplace-offering-user-checklist-completions/?is_completed=false").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].offering_name", equalTo("A GPU"))
                .body("[0].unanswered_required_questions", equalTo(1));

        // Alice answers: the provider's figures follow within a second.
        as(alice).body(List.of(Map.of("question_uuid", question, "answer_data", true)))
                .post("/api/marketplace-offering-users/{ou}/submit_answers/", aliceOu).then().statusCode(200);
        long submitted = System.nanoTime();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> as(owner)
                .get(overview).then().body("[0].completed_users", equalTo(1)).body("[0].compliance_rate", equalTo(50.0f)));
        System.out.printf("overview followed the submit in %d ms%n", (System.nanoTime() - submitted) / 1_000_000);

        // 3. Non-compliant users to follow up.
        as(owner).get("/api/marketplace-service-providers/{p}/compliance/offering_users/?compliance_status=pending",
                provider).then().statusCode(200).body("$", hasSize(1)).body("[0].username", equalTo("mon-bob"));
        as(owner).get("/api/marketplace-service-providers/{p}/compliance/offering_users/?compliance_status=no_checklist",
                provider).then().statusCode(200).body("$", hasSize(1)).body("[0].completion_percentage", nullValue());
        as(alice).get("/api/marketplace-offering-user-checklist-completions/?is_completed=false").then()
                .body("$", hasSize(0));

        // Removing the checklist: the offering reports no checklist and its users no_checklist.
        as(owner).body("{\"compliance_checklist\": null}")
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", gpu).then().statusCode(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> as(owner).get(overview).then()
                .body("[0].checklist_name", nullValue()).body("[0].total_users", equalTo(2))
                .body("[0].completed_users", equalTo(0)));
    }

    static String addUser(TestUser owner, String offering, TestUser user) {
        return as(owner).body(Map.of("offering", offering, "user", user.hexId(), "username",
                user.username().replaceAll("-[0-9a-f]{8}$", ""))).post("/api/marketplace-offering-users/").then()
                .statusCode(201).extract().path("uuid");
    }
}
