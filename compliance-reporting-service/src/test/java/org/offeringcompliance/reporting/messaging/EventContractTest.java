package org.offeringcompliance.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.completion.ComplianceStates;
import org.offeringcompliance.reporting.messaging.EventData.ChecklistData;
import org.offeringcompliance.reporting.messaging.EventData.CompletionData;
import org.offeringcompliance.reporting.messaging.EventData.CustomerData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingUserData;
import org.offeringcompliance.reporting.messaging.EventData.QuestionData;
import org.offeringcompliance.reporting.messaging.EventData.RoleData;
import org.offeringcompliance.reporting.messaging.EventData.ServiceProviderData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The producers' golden samples carry every field this service reads: a renamed field fails this build. */
class EventContractTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final Path MARKETPLACE = Path.of("../offering-user-service/src/test/resources/events");
    static final Path CHECKLIST = Path.of("../checklist-service/src/test/resources/events");

    @Test
    void marketplaceSamples() throws IOException {
        for (JsonNode d : data(MARKETPLACE, "marketplace.customer.")) {
            CustomerData c = JSON.treeToValue(d, CustomerData.class);
            assertNotNull(EventData.required("customer_uuid", c.customerUuid()));
            assertNotNull(c.name());
        }
        for (JsonNode d : data(MARKETPLACE, "marketplace.service_provider.")) {
            ServiceProviderData p = JSON.treeToValue(d, ServiceProviderData.class);
            assertNotNull(EventData.required("service_provider_uuid", p.serviceProviderUuid()));
            assertNotNull(EventData.required("customer_uuid", p.customerUuid()));
        }
        for (JsonNode d : data(MARKETPLACE, "marketplace.role.")) {
            RoleData r = JSON.treeToValue(d, RoleData.class);
            assertNotNull(EventData.required("user_uuid", r.userUuid()));
            assertNotNull(EventData.required("customer_uuid", r.customerUuid()));
            assertNotNull(r.role());
        }
        for (JsonNode d : data(MARKETPLACE, "marketplace.offering.")) {
            OfferingData o = JSON.treeToValue(d, OfferingData.class);
            assertNotNull(o.offering());
            assertNotNull(o.customer());
            assertNotNull(o.name());
            assertTrue(o.version() > 0 && d.has("compliance_checklist") && d.has("customer_name"));
        }
        for (JsonNode d : data(MARKETPLACE, "marketplace.offering_user.")) {
            OfferingUserData u = JSON.treeToValue(d, OfferingUserData.class);
            Stream.of(u.offeringUser(), u.offering(), u.customer(), u.user(), u.created(), u.modified(), u.state(),
                    u.username(), u.userFullName(), u.userEmail(), u.offeringName()).forEach(value -> assertNotNull(value));
            assertTrue(u.version() > 0 && d.has("is_restricted") && d.has("compliance_checklist"));
        }
    }

    @Test
    void checklistSamples() throws IOException {
        for (JsonNode d : data(CHECKLIST, "checklist.checklist.")) {
            ChecklistData c = JSON.treeToValue(d, ChecklistData.class);
            assertNotNull(c.checklist());
            assertNotNull(c.name());
            assertTrue(c.version() > 0 && d.has("questions_count") && d.has("description"));
        }
        for (JsonNode d : data(CHECKLIST, "checklist.question.")) {
            QuestionData q = JSON.treeToValue(d, QuestionData.class);
            assertNotNull(q.checklist());
            assertTrue(q.checklistVersion() > 0 && d.has("questions_count"));
        }
        for (JsonNode d : data(CHECKLIST, "checklist.completion.")) {
            CompletionData c = JSON.treeToValue(d, CompletionData.class);
            Stream.of(c.completion(), c.offeringUser(), c.offering(), c.checklist(), c.completionPercentage(),
                    c.created(), c.modified(), c.cycle(), c.complianceState()).forEach(value -> assertNotNull(value));
            for (String field : List.of("is_completed", "unanswered_required_questions", "requires_review",
                    "reviewed_by", "reviewed_at", "review_notes", "checklist_name", "checklist_description", "due_at",
                    "completed_at", "expires_at")) {
                assertTrue(d.has(field), field);
            }
            assertTrue(ComplianceStates.ALL.contains(c.complianceState()), c.complianceState());
        }
    }

    /** Every completion event type the checklist service has a sample of is routed: none is skipped as unknown. */
    @Test
    void everyCompletionEventTypeOfTheChecklistServiceIsRouted() throws IOException {
        try (Stream<Path> files = Files.list(CHECKLIST)) {
            List<String> types = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("checklist.completion.")).map(name -> name.replace(".json", ""))
                    .filter(type -> !type.equals(EventRouter.COMPLETION_DELETED)).sorted().toList();
            assertEquals(EventRouter.COMPLETION_CHANGES.stream().sorted().toList(), types);
        }
    }

    private static List<JsonNode> data(Path dir, String typePrefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<JsonNode> samples = files.filter(f -> f.getFileName().toString().startsWith(typePrefix)).sorted()
                    .map(EventContractTest::read).map(e -> e.get("data")).toList();
            assertFalse(samples.isEmpty(), "no samples " + typePrefix);
            return samples;
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
