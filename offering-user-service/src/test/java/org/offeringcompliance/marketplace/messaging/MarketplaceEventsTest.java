package org.offeringcompliance.marketplace.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.offeringcompliance.marketplace.Marketplace.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.Marketplace.Provider;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.marketplace.offering.ChecklistClient;
import org.offeringcompliance.marketplace.offering.ChecklistClient.ChecklistSummary;
import org.offeringcompliance.testing.GoldenSamples;
import org.offeringcompliance.testing.KafkaTopics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every marketplace change reaches Kafka as a CloudEvent keyed by its aggregate, shaped like its golden sample. */
@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class MarketplaceEventsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @InjectMock
    @RestClient
    ChecklistClient checklists;

    @Test
    void everyChangePublishesAFactWithAnEnvelope() throws Exception {
        doAnswer(call -> new ChecklistSummary(call.getArgument(0), "GDPR", "offering_compliance")).when(checklists)
                .reserve(anyString(), any());
        try (KafkaTopics.Reader reader = KafkaTopics.reader("test." + Topics.CUSTOMERS, "test." + Topics.OFFERINGS,
                "test." + Topics.OFFERING_USERS)) {
            Provider p = Marketplace.provider("Events");
            String offerings = "/api/marketplace-provider-offerings/{o}/";
            as(p.owner()).body(Map.of("name", "Events renamed")).patch("/api/customers/{c}/", p.customer()).then()
                    .statusCode(200);
            as(p.owner()).body(Map.of("user", p.support().hexId(), "role", "support"))
                    .post("/api/customers/{c}/delete_user/", p.customer()).then().statusCode(204);
            as(p.owner()).body(Map.of("name", "Renamed")).patch(offerings, p.offering()).then().statusCode(200);
            as(p.owner()).body(Map.of("due_days", 30)).put(offerings + "compliance_policy/", p.offering()).then()
                    .statusCode(200);
            as(p.owner()).body(Map.of("compliance_checklist", UUID.randomUUID().toString()))
                    .post(offerings + "update_compliance_checklist/", p.offering()).then().statusCode(200);
            as(p.owner()).body("{\"compliance_checklist\": null}")
                    .post(offerings + "update_compliance_checklist/", p.offering()).then().statusCode(200);
            as(p.owner()).body(Map.of("state", "Pending account linking"))
                    .patch("/api/marketplace-offering-users/{ou}/", p.offeringUser())
                    .then().statusCode(200);
            as(p.owner()).delete("/api/marketplace-offering-users/{ou}/", p.offeringUser()).then().statusCode(204);
            as(p.owner()).delete(offerings, p.offering()).then().statusCode(204);

            Set<String> keys = Set.of(p.customer(), p.offering(), p.offeringUser());
            List<ConsumerRecord<String, String>> records = reader.await(r -> keys.contains(r.key()), 15,
                    Duration.ofSeconds(20));

            Set<String> types = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = JSON.readTree(record.value());
                assertEquals("1.0", event.get("specversion").asText());
                assertEquals("/offering-compliance/offering-user-service", event.get("source").asText());
                assertEquals(record.key(), event.get("subject").asText(), "key = subject = aggregate uuid");
                assertEquals("1", event.get("schemaversion").asText());
                assertTrue(ids.add(event.get("id").asText()), "event ids are unique");
                assertEquals("application/cloudevents+json; charset=UTF-8",
                        new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
                types.add(event.get("type").asText());
                GoldenSamples.assertMatches(event);
            }
            assertEquals(Set.of("marketplace.customer.created", "marketplace.customer.updated",
                    "marketplace.role.granted", "marketplace.role.revoked", "marketplace.service_provider.created",
                    "marketplace.offering.created", "marketplace.offering.updated",
                    "marketplace.offering.checklist_assigned", "marketplace.offering.checklist_removed",
                    "marketplace.offering.deleted", "marketplace.offering_user.created",
                    "marketplace.offering_user.updated", "marketplace.offering_user.deleted"), types);
            assertEquals(16, records.size(), "3 role grants and one event per other change");
        }
    }
}
