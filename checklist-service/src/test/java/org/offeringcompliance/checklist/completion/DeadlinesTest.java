package org.offeringcompliance.checklist.completion;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.Admin.KEYCLOAK;
import static org.offeringcompliance.checklist.Admin.as;
import static org.offeringcompliance.checklist.Admin.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.checklist.MarketplaceFeed;
import org.offeringcompliance.checklist.MarketplaceFeed.OfferingUser;
import org.offeringcompliance.checklist.messaging.Topics;
import org.offeringcompliance.testing.GoldenSamples;
import org.offeringcompliance.testing.KafkaTopics;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Due dates, the deadline pass and re-certification, driven by real marketplace events and real tokens. */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class DeadlinesTest {

    static final String OU = "/api/marketplace-offering-users/{ou}/";
    static final String RECERTIFY = "/api/marketplace-provider-offerings/{o}/request_recertification/";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeadlinePass pass;

    String checklist;
    String question;
    TestUser member;
    OfferingUser ou;

    @BeforeEach
    void offeringUserWithAChecklist() {
        checklist = Admin.createChecklist("Deadlines " + MarketplaceFeed.hex());
        question = Admin.createQuestion(checklist, "text_input", 1, Map.of("required", true));
        member = KEYCLOAK.create("deadlines");
        ou = new OfferingUser(MarketplaceFeed.hex(), MarketplaceFeed.hex(), MarketplaceFeed.hex(), member.hexId());
    }

    @Test
    void theDueDateFollowsThePolicyAndThePassMarksItOverdue() throws Exception {
        Instant start = Instant.now();
        MarketplaceFeed.offeringWithPolicy(ou.offering(), ou.customer(), checklist, policy(10, null, 14), 1);
        ou.created(checklist, 1);
        Instant due = Instant.parse(await().atMost(Duration.ofSeconds(20)).until(() -> dueAt(), d -> d != null));
        assertBetween(start.plus(Duration.ofDays(10)), due, Duration.ofMinutes(1));
        as(member).get(OU + "completion_status/", ou.offeringUser()).then().body("compliance_state", equalTo("pending"))
                .body("cycle", equalTo(1)).body("completed_at", nullValue()).body("expires_at", nullValue());

        MarketplaceFeed.offeringWithPolicy(ou.offering(), ou.customer(), checklist, policy(5, null, 14), 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.parse(dueAt()).isBefore(due));
        assertBetween(start.plus(Duration.ofDays(5)), Instant.parse(dueAt()), Duration.ofMinutes(1));

        try (KafkaTopics.Reader reader = KafkaTopics.reader("test." + Topics.COMPLETIONS)) {
            pass.run(Instant.now().plus(Duration.ofDays(4)));
            as(member).get(OU + "completion_status/", ou.offeringUser()).then()
                    .body("compliance_state", equalTo("pending"));
            assertTrue(pass.run(Instant.now().plus(Duration.ofDays(6))).overdue() >= 1);
            as(member).get(OU + "completion_status/", ou.offeringUser()).then()
                    .body("compliance_state", equalTo("overdue"));
            var overdue = reader.await(r -> r.value().contains(ou.offeringUser())
                    && r.value().contains("checklist.completion.overdue"), 1, Duration.ofSeconds(20));
            GoldenSamples.assertMatches(JSON.readTree(overdue.get(0).value()));
        }

        answer();
        as(member).get(OU + "completion_status/", ou.offeringUser()).then().body("is_completed", equalTo(true))
                .body("compliance_state", equalTo("completed")).body("completed_at", notNullValue())
                .body("expires_at", nullValue());
    }

    @Test
    void anExpiredCompletionStartsANewCycleWithItsAnswersKeptAndItsOldCycleInTheHistory() throws Exception {
        TestUser owner = KEYCLOAK.create("recertifier");
        MarketplaceFeed.role(ou.customer(), owner.hexId(), "owner", true);
        MarketplaceFeed.offeringWithPolicy(ou.offering(), ou.customer(), checklist, policy(null, 30, 7), 1);
        ou.created(checklist, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(member)
                .get(OU + "completion_status/", ou.offeringUser()).then().statusCode(200));
        answer();
        Instant completedAt = Instant.now();
        as(member).get(OU + "completion_status/", ou.offeringUser()).then().body("compliance_state", equalTo("completed"))
                .body("expires_at", notNullValue());

        pass.run(completedAt.plus(Duration.ofDays(24)));
        as(member).get(OU + "completion_status/", ou.offeringUser()).then().body("compliance_state", equalTo("expiring"));

        try (KafkaTopics.Reader reader = KafkaTopics.reader("test." + Topics.COMPLETIONS)) {
            assertTrue(pass.run(completedAt.plus(Duration.ofDays(31))).expired() >= 1);
            var expired = reader.await(r -> r.value().contains(ou.offeringUser())
                    && r.value().contains("checklist.completion.expired"), 1, Duration.ofSeconds(20));
            GoldenSamples.assertMatches(JSON.readTree(expired.get(0).value()));
        }
        as(member).get(OU + "checklist/", ou.offeringUser()).then()
                .body("completion.is_completed", equalTo(false)).body("completion.compliance_state", equalTo("expired"))
                .body("completion.cycle", equalTo(2)).body("completion.completed_at", nullValue())
                .body("questions[0].existing_answer.answer_data", equalTo("kept"));
        as(member).get("/api/completion-history/?offering_user_uuid={ou}", ou.offeringUser()).then().statusCode(200)
                .body("", hasSize(1)).body("[0].cycle", equalTo(1)).body("[0].completed_at", notNullValue())
                .body("[0].completion_percentage", equalTo(100.0f))
                .body("[0].answers[0].question_uuid", equalTo(question))
                .body("[0].answers[0].answer_data", equalTo("kept"))
                .body("[0].answers[0].answered_by", equalTo(member.hexId()));

        answer(); // the same answer again: submitting is what completes the new cycle
        as(member).get(OU + "completion_status/", ou.offeringUser()).then().body("is_completed", equalTo(true))
                .body("cycle", equalTo(2)).body("compliance_state", equalTo("completed"));

        as(member).body(Map.of()).post(RECERTIFY, ou.offering()).then().statusCode(403);
        as(owner).body(Map.of("grace_days", 181)).post(RECERTIFY, ou.offering()).then().statusCode(400)
                .body("grace_days[0]", equalTo("Ensure this value is less than or equal to 180."));
        as(staff()).body(Map.of()).post(RECERTIFY, MarketplaceFeed.hex()).then().statusCode(404);
        as(owner).body(Map.of("grace_days", 3)).post(RECERTIFY, ou.offering()).then().statusCode(202)
                .body("reopened", equalTo(1));
        as(member).get(OU + "completion_status/", ou.offeringUser()).then().body("is_completed", equalTo(false))
                .body("cycle", equalTo(3)).body("compliance_state", equalTo("pending"));
        assertBetween(Instant.now().plus(Duration.ofDays(3)), Instant.parse(dueAt()), Duration.ofMinutes(1));
        as(member).get("/api/completion-history/?offering_user_uuid={ou}", ou.offeringUser()).then()
                .body("cycle", equalTo(List.of(2, 1)));
    }

    @Test
    void theHistoryNeedsAVisibleOfferingUser() {
        ou.created(checklist, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(member)
                .get(OU + "completion_status/", ou.offeringUser()).then().statusCode(200));
        as(member).get("/api/completion-history/").then().statusCode(400)
                .body("offering_user_uuid[0]", equalTo("This field is required."));
        as(member).get("/api/completion-history/?offering_user_uuid=nope").then().statusCode(400);
        as(KEYCLOAK.create("stranger")).get("/api/completion-history/?offering_user_uuid={ou}", ou.offeringUser())
                .then().statusCode(404);
        as(member).get("/api/completion-history/?offering_user_uuid={ou}", ou.offeringUser()).then().statusCode(200)
                .body("", hasSize(0));
    }

    private void answer() {
        as(member).body(List.of(Map.of("question_uuid", question, "answer_data", "kept")))
                .post(OU + "submit_answers/", ou.offeringUser()).then().statusCode(200);
    }

    private String dueAt() {
        return as(member).get(OU + "completion_status/", ou.offeringUser()).then().extract().path("due_at");
    }

    private static Map<String, Object> policy(Integer dueDays, Integer recertifyEveryDays, int graceDays) {
        Map<String, Object> policy = new java.util.HashMap<>();
        policy.put("due_days", dueDays);
        policy.put("reminder_days", List.of(7, 1, 0));
        policy.put("overdue_every_days", 7);
        policy.put("escalate_after", null);
        policy.put("recertify_every_days", recertifyEveryDays);
        policy.put("grace_days", graceDays);
        return policy;
    }

    private static void assertBetween(Instant expected, Instant actual, Duration tolerance) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(tolerance) < 0,
                actual + " is not within " + tolerance + " of " + expected);
    }
}
