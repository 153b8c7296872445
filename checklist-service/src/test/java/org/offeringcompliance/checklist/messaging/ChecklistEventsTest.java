package org.offeringcompliance.checklist.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.Admin.asStaff;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What reaches Kafka through the outbox: one event per committed change, in order, shaped like the golden samples. */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class ChecklistEventsTest {

    static final List<String> TYPES = List.of("checklist.checklist.created", "checklist.checklist.updated",
            "checklist.checklist.deleted", "checklist.question.created", "checklist.question.updated",
            "checklist.question.deleted");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void everyChangeIsPublishedInOrderAndShapedLikeItsSample() throws IOException {
        Scenario s = new Scenario();
        List<JsonNode> events = ChecklistTopic.events(s.checklist, ChecklistTopic.until("checklist.checklist.deleted"));

        assertEquals(List.of("checklist.checklist.created", "checklist.checklist.updated", "checklist.question.created",
                "checklist.question.created", "checklist.question.updated", "checklist.question.updated",
                "checklist.question.deleted", "checklist.question.updated", "checklist.checklist.deleted"),
                ChecklistTopic.types(events));
        for (JsonNode event : events) {
            assertEquals(s.checklist, event.path("subject").asText());
            assertEquals(s.checklist, event.path("data").path("checklist_uuid").asText());
        }
        assertEquals(List.of(1, 2, 1), List.of(count(events.get(2)), count(events.get(3)), count(events.get(6))));
        assertEquals(s.number, events.get(6).path("data").path("question_uuid").asText());
        assertEquals(s.option, events.get(4).path("data").path("question_options").get(0).path("uuid").asText());
        assertEquals(s.number, events.get(5).path("data").path("dependencies").get(0).path("depends_on_question_uuid")
                .asText());
        assertEquals(0, events.get(7).path("data").path("dependencies").size(), "the dependency went with its question");
        List<Long> checklistVersions = events.stream().map(ChecklistEventsTest::checklistVersion).toList();
        for (int i = 1; i < checklistVersions.size(); i++) {
            assertThat(checklistVersions.get(i - 1), lessThanOrEqualTo(checklistVersions.get(i)));
        }

        Map<String, JsonNode> emitted = new HashMap<>();
        emitted.put("checklist.checklist.created", events.get(0));
        emitted.put("checklist.checklist.updated", events.get(1));
        emitted.put("checklist.question.created", events.get(2));
        emitted.put("checklist.question.updated", events.get(5));
        emitted.put("checklist.question.deleted", events.get(6));
        emitted.put("checklist.checklist.deleted", events.get(8));
        for (String type : TYPES) {
            JsonNode sample = sample(type);
            assertEquals(type, sample.path("type").asText());
            assertEquals(List.of(), JsonShapes.differences(sample, emitted.get(type)), type + " differs from its sample");
        }
    }

    @Test
    void thereIsOneSamplePerEventType() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getResource("/events").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(Set.copyOf(TYPES), files.map(f -> f.getFileName().toString().replace(".json", ""))
                    .collect(Collectors.toSet()));
        }
    }

    @Test
    void refusedChangesPublishNothing() {
        String checklist = Admin.createChecklist("Refusals");
        asStaff().body(Map.of("checklist", checklist, "description", "x", "question_type", "number", "min_value", 2,
                "max_value", 1)).post("/api/checklists-admin/questions/").then().statusCode(400);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("INSERT INTO offering_checklist (offering_uuid, checklist_uuid, version) VALUES (?1, ?2, 1)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(Admin.hyphenated(checklist)))
                .executeUpdate());
        asStaff().delete("/api/checklists-admin/{c}/", checklist).then().statusCode(409);
        asStaff().body(Map.of("name", "Refusals, renamed")).patch("/api/checklists-admin/{c}/", checklist).then()
                .statusCode(200);

        // same key, same partition: whatever the refused requests had published would come before this update
        List<JsonNode> events = ChecklistTopic.events(checklist, ChecklistTopic.until("checklist.checklist.updated"));
        assertEquals(List.of("checklist.checklist.created", "checklist.checklist.updated"), ChecklistTopic.types(events));
    }

    @Test
    void theRelayEmptiesTheOutboxOnceKafkaHasTheEvents() {
        String checklist = Admin.createChecklist("Relayed");
        Admin.createQuestion(checklist, "boolean", 1);
        Predicate<List<JsonNode>> questionSeen = ChecklistTopic.until("checklist.question.created");
        assertEquals(List.of("checklist.checklist.created", "checklist.question.created"),
                ChecklistTopic.types(ChecklistTopic.events(checklist, questionSeen)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE event_key = ?1")
                        .setParameter(1, checklist).getSingleResult()).longValue()) == 0);
    }

    /** Every kind of change once, on one checklist. */
    static final class Scenario {
        final String checklist;
        final String number;
        final String select;
        final String option;

        Scenario() {
            checklist = asStaff().body(Map.of("name", "Security baseline", "description", "Controls every offering must meet",
                    "checklist_type", "offering_compliance")).post("/api/checklists-admin/").then().statusCode(201)
                    .extract().path("uuid");
            asStaff().body(Map.of("name", "Security baseline 2024")).patch("/api/checklists-admin/{c}/", checklist).then()
                    .statusCode(200);
            number = Admin.createQuestion(checklist, "number", 1, Map.of("description", "How many servers run the service?",
                    "required", true, "user_guidance", "Count physical and virtual servers.", "min_value", 1, "max_value",
                    100.5, "operator", "not_equals", "review_answer_value", 0));
            select = Admin.createQuestion(checklist, "single_select", 2, Map.of("description",
                    "Which data classification applies?", "operator", "in", "review_answer_value", List.of("restricted"),
                    "dependency_logic_operator", "or"));
            option = Admin.createOption(select, "Restricted", 1);
            Admin.createDependency(select, number, 5, "equals");
            asStaff().delete("/api/checklists-admin/questions/{q}/", number).then().statusCode(204);
            asStaff().delete("/api/checklists-admin/{c}/", checklist).then().statusCode(204);
        }
    }

    private static int count(JsonNode event) {
        return event.path("data").path("questions_count").asInt();
    }

    private static long checklistVersion(JsonNode event) {
        JsonNode data = event.path("data");
        return data.has("checklist_version") ? data.path("checklist_version").asLong() : data.path("version").asLong();
    }

    private static JsonNode sample(String type) throws IOException {
        try (InputStream in = ChecklistEventsTest.class.getResourceAsStream("/events/" + type + ".json")) {
            assertTrue(in != null, "no sample for " + type);
            return JSON.readTree(in);
        }
    }
}
