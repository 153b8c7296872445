package org.offeringcompliance.checklist.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.offeringcompliance.checklist.Admin.asStaff;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.testing.JsonShape;
import org.offeringcompliance.testing.KafkaTopics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What reaches Kafka through the outbox, read with a plain consumer as another system would: one event per committed
 * change, in order, keyed by checklist, shaped like the golden samples in src/test/resources/events/.
 */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class ChecklistEventsTest {

    static final List<String> TYPES = List.of("checklist.checklist.created", "checklist.checklist.updated",
            "checklist.checklist.deleted", "checklist.question.created", "checklist.question.updated",
            "checklist.question.deleted");
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @ConfigProperty(name = "topics.prefix", defaultValue = "")
    String topicPrefix;

    @Test
    void everyChangeIsPublishedInOrderAndShapedLikeItsSample() throws IOException {
        List<JsonNode> events;
        Scenario s;
        try (KafkaTopics.Reader reader = KafkaTopics.reader(topicPrefix + Topics.CHECKLISTS)) {
            s = new Scenario();
            events = read(reader.await(r -> s.checklist.equals(r.key()), 9, TIMEOUT));
        }

        assertEquals(List.of("checklist.checklist.created", "checklist.checklist.updated", "checklist.question.created",
                "checklist.question.created", "checklist.question.updated", "checklist.question.updated",
                "checklist.question.deleted", "checklist.question.updated", "checklist.checklist.deleted"), types(events));
        for (JsonNode event : events) {
            assertEquals("/offering-compliance/checklist-service", event.path("source").asText());
            assertEquals(s.checklist, event.path("subject").asText(), "subject = key = checklist uuid");
            assertEquals(s.checklist, event.path("data").path("checklist_uuid").asText());
        }
        assertEquals(List.of(1, 2, 1, 1), List.of(count(events.get(2)), count(events.get(3)), count(events.get(6)),
                count(events.get(8))));
        assertEquals(s.number, events.get(6).path("data").path("question_uuid").asText());
        assertEquals(s.option, events.get(4).path("data").path("question_options").get(0).path("uuid").asText());
        assertEquals(s.number,
                events.get(5).path("data").path("dependencies").get(0).path("depends_on_question_uuid").asText());
        assertEquals(0, events.get(7).path("data").path("dependencies").size(), "the dependency went with its question");
        for (int i = 1; i < events.size(); i++) {
            assertThat(checklistVersion(events.get(i - 1)), lessThanOrEqualTo(checklistVersion(events.get(i))));
        }

        List<JsonNode> samples = List.of(events.get(0), events.get(1), events.get(8), events.get(2), events.get(5),
                events.get(6));
        for (JsonNode emitted : samples) {
            String type = emitted.path("type").asText();
            assertEquals(List.of(), JsonShape.differences(sample(type), emitted), type + " differs from its sample");
        }
    }

    @Test
    void thereIsOneSamplePerEventType() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/events").toURI()))) {
            assertEquals(Set.copyOf(TYPES), files.map(f -> f.getFileName().toString().replace(".json", ""))
                    .filter(type -> !type.startsWith("checklist.completion.")).collect(Collectors.toSet()));
        }
        for (String type : TYPES) {
            assertEquals(type, sample(type).path("type").asText());
        }
    }

    @Test
    void refusedChangesPublishNothing() throws IOException {
        try (KafkaTopics.Reader reader = KafkaTopics.reader(topicPrefix + Topics.CHECKLISTS)) {
            String checklist = Admin.createChecklist("Refusals");
            asStaff().body(Map.of("checklist", checklist, "description", "x", "question_type", "number", "min_value", 2,
                    "max_value", 1)).post("/api/checklists-admin/questions/").then().statusCode(400);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "INSERT INTO offering_checklist (offering_uuid, checklist_uuid, version) VALUES (?1, ?2, 1)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(Admin.hyphenated(checklist)))
                    .executeUpdate());
            asStaff().delete("/api/checklists-admin/{c}/", checklist).then().statusCode(409);
            asStaff().body(Map.of("name", "Refusals")).patch("/api/checklists-admin/{c}/", checklist).then()
                    .statusCode(200);
            asStaff().body(Map.of("name", "Refusals, renamed")).patch("/api/checklists-admin/{c}/", checklist).then()
                    .statusCode(200);

            // one key, one partition: anything the refused or empty requests had published would come before the rename
            List<JsonNode> events = read(reader.await(r -> checklist.equals(r.key()), 2, TIMEOUT));
            assertEquals(List.of("checklist.checklist.created", "checklist.checklist.updated"), types(events));
        }
    }

    @Test
    void eachChangeLeavesAnOutboxRowThatTheRelayDeletesOnceKafkaHasIt() throws IOException {
        try (KafkaTopics.Reader reader = KafkaTopics.reader(topicPrefix + Topics.CHECKLISTS)) {
            String checklist = Admin.createChecklist("Relayed");
            String question = Admin.createQuestion(checklist, "boolean", 1);
            List<ConsumerRecord<String, String>> records = reader.await(r -> checklist.equals(r.key()), 2, TIMEOUT);
            assertEquals(List.of("checklist.checklist.created", "checklist.question.created"), types(read(records)));
            assertEquals(question, read(records).get(1).path("data").path("question_uuid").asText());
            assertEquals("application/cloudevents+json; charset=UTF-8",
                    new String(records.get(0).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        }
        Awaitility.await().atMost(TIMEOUT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult())
                        .longValue()) == 0);
    }

    /** Every kind of change once, on one checklist. */
    static final class Scenario {
        final String checklist;
        final String number;
        final String option;

        Scenario() {
            checklist = asStaff().body(Map.of("name", "Security baseline", "description",
                    "Controls every offering must meet", "checklist_type", "offering_compliance"))
                    .post("/api/checklists-admin/").then().statusCode(201).extract().path("uuid");
            asStaff().body(Map.of("name", "Security baseline 2024")).patch("/api/checklists-admin/{c}/", checklist).then()
                    .statusCode(200);
            number = Admin.createQuestion(checklist, "number", 1,
                    Map.of("description", "How many servers run the service?", "required", true, "user_guidance",
                            "Count physical and virtual servers.", "min_value", 1, "max_value", 100.5, "operator",
                            "not_equals", "review_answer_value", 0));
            String select = Admin.createQuestion(checklist, "single_select", 2,
                    Map.of("description", "Which data classification applies?", "operator", "in",
                            "review_answer_value", List.of("restricted"), "dependency_logic_operator", "or"));
            option = Admin.createOption(select, "Restricted", 1);
            Admin.createDependency(select, number, 5, "equals");
            asStaff().delete("/api/checklists-admin/questions/{q}/", number).then().statusCode(204);
            asStaff().delete("/api/checklists-admin/{c}/", checklist).then().statusCode(204);
        }
    }

    private static List<JsonNode> read(List<ConsumerRecord<String, String>> records) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            events.add(JSON.readTree(record.value()));
        }
        return events;
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText()).toList();
    }

    private static int count(JsonNode event) {
        return event.path("data").path("questions_count").asInt();
    }

    /** Checklist events carry the checklist's version as version, question events as checklist_version. */
    private static long checklistVersion(JsonNode event) {
        JsonNode data = event.path("data");
        return data.has("checklist_version") ? data.path("checklist_version").asLong() : data.path("version").asLong();
    }

    private static JsonNode sample(String type) throws IOException {
        try (InputStream in = ChecklistEventsTest.class.getResourceAsStream("/events/" + type + ".json")) {
            assertNotNull(in, "no golden sample for " + type);
            return JSON.readTree(in);
        }
    }
}
