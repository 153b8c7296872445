package org.offeringcompliance.checklist.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.checklist.Admin.KEYCLOAK;
import static org.offeringcompliance.checklist.Admin.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.checklist.MarketplaceFeed;
import org.offeringcompliance.checklist.MarketplaceFeed.OfferingUser;
import org.offeringcompliance.testing.GoldenSamples;
import org.offeringcompliance.testing.KafkaTopics;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class CompletionEventsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void completionsAreAnnouncedWhenCreatedAnsweredRecomputedAndDeleted() throws Exception {
        String checklist = Admin.createChecklist("Announced");
        String question = Admin.createQuestion(checklist, "text_input", 1, Map.of("required", true));
        TestUser member = KEYCLOAK.create("member");
        OfferingUser ou = new OfferingUser(MarketplaceFeed.hex(), MarketplaceFeed.hex(), MarketplaceFeed.hex(),
                member.hexId());
        try (KafkaTopics.Reader reader = KafkaTopics.reader("test." + Topics.COMPLETIONS)) {
            MarketplaceFeed.checklistAssigned(ou.offering(), checklist, 1);
            ou.created(checklist, 1);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(member)
                    .get("/api/marketplace-offering-users/{ou}/checklist/", ou.offeringUser()).then().statusCode(200));
            as(member).body(List.of(Map.of("question_uuid", question, "answer_data", "yes")))
                    .post("/api/marketplace-offering-users/{ou}/submit_answers/", ou.offeringUser()).then()
                    .statusCode(200);
            // A new required question makes the completion incomplete again: the stored figures follow.
            Admin.createQuestion(checklist, "boolean", 2, Map.of("required", true));
            assertEquals(3, reader.await(r -> r.value().contains(ou.offeringUser()), 3, Duration.ofSeconds(30)).size());
            ou.deleted(2);

            List<ConsumerRecord<String, String>> records = reader.await(r -> r.value().contains(ou.offeringUser()), 4,
                    Duration.ofSeconds(30));
            List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
            assertEquals(List.of("checklist.completion.created", "checklist.completion.updated",
                    "checklist.completion.updated", "checklist.completion.deleted"),
                    events.stream().map(e -> e.get("type").asText()).toList());
            assertEquals(List.of(true, false), events.subList(1, 3).stream()
                    .map(e -> e.get("data").get("is_completed").asBoolean()).toList());
            assertEquals(Set.of(events.get(0).get("subject").asText()),
                    records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()), "keyed by completion");
            for (JsonNode event : events) {
                GoldenSamples.assertMatches(event);
            }
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        try (KafkaTopics.Reader dlq = KafkaTopics.reader("test.checklist-service.dlq")) {
            String marker = "poison-" + MarketplaceFeed.hex();
            MarketplaceFeed.sendRaw("marketplace.offering-users", marker, "{\"not\": \"an envelope\", \"m\": \"" + marker
                    + "\"}");
            assertEquals(1, dlq.await(r -> r.value().contains(marker), 1, Duration.ofSeconds(20)).size());
        }
        TestUser member = KEYCLOAK.create("after-poison");
        String checklist = Admin.createChecklist("After poison");
        OfferingUser ou = new OfferingUser(MarketplaceFeed.hex(), MarketplaceFeed.hex(), MarketplaceFeed.hex(),
                member.hexId());
        ou.created(checklist, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(member)
                .get("/api/marketplace-offering-users/{ou}/completion_status/", ou.offeringUser()).then()
                .statusCode(200));
    }

    @Test
    void deadLettersAreListedForStaffAndReplayedToTheirTopic() {
        String marker = "replayed-" + MarketplaceFeed.hex();
        try (KafkaTopics.Reader dlq = KafkaTopics.reader("test.checklist-service.dlq")) {
            MarketplaceFeed.sendRaw("marketplace.offering-users", marker, "{\"m\": \"" + marker + "\"}");
            dlq.await(r -> r.value().contains(marker), 1, Duration.ofSeconds(20));
            as(Admin.user()).get("/internal/dead-letters").then().statusCode(403);
            Admin.asStaff().get("/internal/dead-letters").then().statusCode(200)
                    .body("topic", org.hamcrest.Matchers.equalTo("test.checklist-service.dlq"))
                    .body("letters.findAll { it.key == '" + marker + "' }.original_topic",
                            org.hamcrest.Matchers.contains("test.marketplace.offering-users"));
            Admin.asStaff().post("/internal/dead-letters/replay").then().statusCode(200)
                    .body("replayed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
            // Replayed, it went through the consumer again, and being poison it came back as a new letter.
            assertEquals(2, dlq.await(r -> r.value().contains(marker), 2, Duration.ofSeconds(20)).size());
        }
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
