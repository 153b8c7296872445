package org.offeringcompliance.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;
import org.offeringcompliance.testing.Mailboxes;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * API.md section 5 through the gateway on the running stack: a policy, an offering user, the pass run a week later
 * (mail read back over IMAP, overdue in the overview, an escalation), a snooze, and a re-certification cycle.
 */
class DeadlinesFlowIT {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    static TestUser staff;
    static TestUser owner;
    static TestUser user;
    static String provider;
    static String offering;
    static String offeringUser;
    static String question;

    @BeforeAll
    static void offeringWithAPolicyAndAUser() {
        RestAssured.baseURI = System.getProperty("gateway.url", "http://localhost:8080");
        staff = KEYCLOAK.create("d-staff", "staff");
        owner = KEYCLOAK.create("d-owner");
        user = KEYCLOAK.create("d-user");
        String customer = as(staff).body(Map.of("name", "Deadlines")).post("/api/customers/").then().statusCode(201)
                .extract().path("uuid");
        as(staff).body(Map.of("user", owner.hexId(), "role", "owner")).post("/api/customers/{c}/add_user/", customer)
                .then().statusCode(201);
        provider = as(owner).body(Map.of("customer", customer)).post("/api/marketplace-service-providers/").then()
                .statusCode(201).extract().path("uuid");
        offering = as(owner).body(Map.of("name", "Deadline offering", "customer", customer))
                .post("/api/marketplace-provider-offerings/").then().statusCode(201).extract().path("uuid");
        String checklist = as(staff).body(Map.of("name", "Deadline checklist", "checklist_type", "offering_compliance"))
                .post("/api/checklists-admin/").then().statusCode(201).extract().path("uuid");
        question = as(staff).body(Map.of("checklist", checklist, "description", "Agree?", "question_type", "boolean",
                "required", true, "order", 1)).post("/api/checklists-admin/questions/").then().statusCode(201)
                .extract().path("uuid");
        as(owner).body(Map.of("compliance_checklist", checklist))
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", offering).then()
                .statusCode(200);
        as(owner).body(Map.of("due_days", 5, "reminder_days", List.of(7, 1, 0), "overdue_every_days", 1,
                "escalate_after", 2, "recertify_every_days", 30, "grace_days", 7))
                .put("/api/marketplace-provider-offerings/{o}/compliance_policy/", offering).then().statusCode(200)
                .body("due_days", equalTo(5));
        offeringUser = as(owner).body(Map.of("offering", offering, "user", user.hexId()))
                .post("/api/marketplace-offering-users/").then().statusCode(201).extract().path("uuid");
    }

    @Test
    void aWeekLaterTheUserIsRemindedOverdueEscalatedSnoozedAndLaterRecertifies() {
        String status = "/api/marketplace-offering-users/{ou}/completion_status/";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).get(status, offeringUser).then()
                .statusCode(200).body("due_at", notNullValue()).body("compliance_state", equalTo("pending")));
        Instant due = Instant.parse(as(user).get(status, offeringUser).path("due_at"));
        assertTrue(Duration.between(Instant.now().plus(Duration.ofDays(5)), due).abs().toMinutes() < 5);
        // The notification service has heard of the due date once a dry run the day before it plans a reminder.
        await().atMost(Duration.ofSeconds(30)).until(() -> kindsFor(run(due.minus(Duration.ofDays(1)), true), user)
                .contains("reminder"));

        List<Map<String, Object>> weekLater = run(Instant.now().plus(Duration.ofDays(7)), false);
        assertEquals(List.of("overdue"), kindsFor(weekLater, user));
        assertEquals(List.of("escalation"), kindsFor(weekLater, owner));
        assertTrue(Mailboxes.of(user.email()).get(0).subject().startsWith("Overdue: the Deadline offering"));
        assertTrue(Mailboxes.of(owner.email()).get(0).text().contains(user.email()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(owner)
                .get("/api/marketplace-service-providers/{p}/compliance/compliance_overview/", provider).then()
                .body("find { it.offering_uuid == '" + offering + "' }.overdue_users", equalTo(1)));
        as(user).get(status, offeringUser).then().body("compliance_state", equalTo("overdue"));

        as(user).body(Map.of("days", 30)).post("/api/notifications/snooze/").then().statusCode(200);
        assertTrue(kindsFor(run(Instant.now().plus(Duration.ofDays(8)), false), user).isEmpty());
        as(user).get("/api/notifications/?status=skipped").then().statusCode(200).body("[0].kind", equalTo("overdue"));

        as(user).body(List.of(Map.of("question_uuid", question, "answer_data", true)))
                .post("/api/marketplace-offering-users/{ou}/submit_answers/", offeringUser).then().statusCode(200)
                .body("completion.compliance_state", equalTo("completed"));
        run(Instant.now().plus(Duration.ofDays(31)), false);
        as(user).get(status, offeringUser).then().body("cycle", equalTo(2)).body("is_completed", equalTo(false))
                .body("compliance_state", equalTo("expired"));
        as(owner).get("/api/completion-history/?offering_user_uuid={ou}", offeringUser).then().statusCode(200)
                .body("[0].cycle", equalTo(1)).body("[0].answers[0].answer_data", equalTo(true));
        await().atMost(Duration.ofSeconds(90)).until(() -> Mailboxes.of(user.email()).stream()
                .anyMatch(m -> m.subject().startsWith("Please certify again")));
    }

    private static List<String> kindsFor(List<Map<String, Object>> outcomes, TestUser who) {
        return outcomes.stream().filter(o -> who.hexId().equals(o.get("user_uuid"))).map(o -> (String) o.get("kind"))
                .toList();
    }

    private static List<Map<String, Object>> run(Instant now, boolean dryRun) {
        return as(staff).body(Map.of("now", now.toString(), "dry_run", dryRun)).post("/api/notifications/run/").then()
                .statusCode(200).extract().path(dryRun ? "would_send" : "sent");
    }

    static RequestSpecification as(TestUser u) {
        return given().auth().oauth2(KEYCLOAK.token(u)).contentType("application/json");
    }
}
