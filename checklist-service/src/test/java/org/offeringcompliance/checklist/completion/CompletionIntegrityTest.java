package org.offeringcompliance.checklist.completion;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.Admin.KEYCLOAK;
import static org.offeringcompliance.checklist.Admin.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.checklist.MarketplaceFeed;
import org.offeringcompliance.checklist.MarketplaceFeed.OfferingUser;
import org.offeringcompliance.checklist.messaging.Topics;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.testing.KafkaTopics;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The Integrity rules of RULES.md on one completion: racing writes (submit, review, recompute, assignment) end in a
 * state that a serial order of them explains, and reviews follow the answers they covered.
 */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class CompletionIntegrityTest {

    static final String OU = "/api/marketplace-offering-users/{ou}/";
    static final int TRIALS = 100;
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CompletionRecalculator recalculator;

    @Inject
    CompletionLifecycle lifecycle;

    String checklist;
    String boolQ;
    String textQ;
    TestUser member;
    TestUser owner;
    OfferingUser ou;
    ExecutorService pool = Executors.newFixedThreadPool(4);

    @BeforeEach
    void completionWithAReviewTrigger() {
        checklist = Admin.createChecklist("Integrity " + MarketplaceFeed.hex());
        boolQ = Admin.createQuestion(checklist, "boolean", 1, Map.of("required", true, "operator", "equals",
                "review_answer_value", false));
        textQ = Admin.createQuestion(checklist, "text_input", 2, Map.of("required", true));
        member = KEYCLOAK.create("member");
        owner = KEYCLOAK.create("owner");
        ou = new OfferingUser(MarketplaceFeed.hex(), MarketplaceFeed.hex(), MarketplaceFeed.hex(), member.hexId());
        MarketplaceFeed.role(ou.customer(), owner.hexId(), "owner", true);
        MarketplaceFeed.checklistAssigned(ou.offering(), checklist, 1);
        ou.created(checklist, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(owner)
                .get(OU + "completion_review_status/", ou.offeringUser()).then().statusCode(200));
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void anOwnerWhoIsTheOfferingUserCannotReviewTheirOwnCompletion() {
        OfferingUser own = new OfferingUser(MarketplaceFeed.hex(), ou.offering(), ou.customer(), owner.hexId());
        own.created(checklist, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(owner)
                .get(OU + "completion_review_status/", own.offeringUser()).then().statusCode(200));
        as(owner).body(Map.of("review_notes", "mine")).post(OU + "review_completion/", own.offeringUser()).then()
                .statusCode(403).body("detail", equalTo("You cannot review your own completion."));
        as(owner).get(OU + "completion_review_status/", own.offeringUser()).then().body("reviewed_by", nullValue());
    }

    @Test
    void changedAnswersThatTriggerReviewClearTheReviewTheyInvalidate() {
        submit(List.of(Map.of("question_uuid", boolQ, "answer_data", false))).statusCode(200);
        as(owner).body(Map.of("review_notes", "Checked")).post(OU + "review_completion/", ou.offeringUser()).then()
                .statusCode(200).body("reviewed_by", equalTo(owner.hexId()));
        submit(List.of(Map.of("question_uuid", textQ, "answer_data", "unrelated"))).statusCode(200);
        as(owner).get(OU + "completion_review_status/", ou.offeringUser()).then().body("reviewed_by",
                nullValue()).body("reviewed_at", nullValue()).body("review_notes", equalTo(""))
                .body("requires_review", equalTo(true));
    }

    @Test
    void racingSubmitsReviewsRecomputesAndAssignmentsEndConsistent() throws Exception {
        UUID checklistUuid = Uuids.pathParam(checklist);
        try (KafkaTopics.Reader events = KafkaTopics.reader("test." + Topics.COMPLETIONS)) {
            for (int trial = 0; trial < TRIALS; trial++) {
                boolean triggers = trial % 2 == 0;
                String text = "answer " + trial;
                race(() -> submit(List.of(Map.of("question_uuid", boolQ, "answer_data", !triggers),
                        Map.of("question_uuid", textQ, "answer_data", text))).statusCode(200),
                        () -> as(owner).body(Map.of("review_notes", "trial")).post(OU + "review_completion/",
                                ou.offeringUser()).then().statusCode(200),
                        () -> recalculator.recompute(checklistUuid),
                        () -> lifecycle.backfill(Uuids.pathParam(ou.offering()), checklistUuid));
                Stored stored = stored();
                assertTrue(stored.figuresMatchAnswers(), "trial " + trial + ": stored figures follow the answers");
                as(member).get(OU + "completion_status/", ou.offeringUser()).then()
                        .body("is_completed", equalTo(stored.completion().completed))
                        .body("completion_percentage", equalTo(stored.completion().completionPercentage.floatValue()));
            }
            Stored last = stored();
            String completion = Uuids.hex(last.completion().uuid);
            events.await(r -> r.value().contains(completion)
                    && r.value().contains("\"version\":" + last.completion().version), 1, Duration.ofSeconds(30));
            List<JsonNode> announced = events.await(r -> r.value().contains(completion), 0, Duration.ZERO).stream()
                    .map(r -> read(r.value())).toList();
            assertTrue(announced.size() > TRIALS, "every effective write was announced");
            List<Long> versions = announced.stream().map(e -> e.get("data").get("version").asLong()).toList();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1), "versions never repeat nor go back: " + versions);
            }
            JsonNode newest = announced.get(announced.size() - 1).get("data");
            assertEquals(last.completion().version, newest.get("version").asLong());
            assertEquals(last.completion().completed, newest.get("is_completed").asBoolean());
            assertEquals(last.completion().reviewedAt == null, newest.get("reviewed_at").isNull());
        }
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void race(Runnable... writes) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writes.length);
        List<Future<Object>> done = new ArrayList<>();
        for (Runnable write : writes) {
            Callable<Object> task = () -> {
                start.await();
                write.run();
                return null;
            };
            done.add(pool.submit(task));
        }
        for (Future<Object> f : done) {
            f.get();
        }
    }

    private ValidatableResponse submit(List<Map<String, Object>> answers) {
        return as(member).body(answers).post(OU + "submit_answers/", ou.offeringUser()).then();
    }

    record Stored(Completion completion, CompletionState state) {

        boolean figuresMatchAnswers() {
            var figures = state.figures();
            return completion.completed == figures.isCompleted()
                    && completion.completionPercentage.doubleValue() == figures.completionPercentage()
                    && completion.unansweredRequired == figures.unansweredRequired().size()
                    && completion.requiresReview == figures.requiresReview();
        }
    }

    private Stored stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Completion completion = Completion.find(Uuids.pathParam(ou.offeringUser()), Uuids.pathParam(checklist));
            return new Stored(completion, CompletionState.load(completion));
        });
    }
}
