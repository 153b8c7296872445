package org.offeringcompliance.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Json.items;
import static org.offeringcompliance.reporting.Json.lines;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.reporting.Applied;
import org.offeringcompliance.reporting.EventFeed;
import org.offeringcompliance.reporting.EventFeed.Sent;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Checklist;
import org.offeringcompliance.reporting.Scenario.Completion;
import org.offeringcompliance.reporting.Scenario.Offering;
import org.offeringcompliance.reporting.Scenario.OfferingUser;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KafkaTopics;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real delivery: duplicates, redeliveries and out-of-order events change nothing they should not; poison is set aside. */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class DeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Test
    void duplicatedAndRedeliveredEventsAreCountedOnce() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider p = Provider.create("Duplicates " + hex().substring(0, 6));
        p.grant(owner, "owner");
        Checklist checklist = Checklist.create("Twice", 1);
        Offering offering = p.offering("Once", checklist);
        OfferingUser ou = offering.user(Person.named("Dora Dupe"));
        Completion completion = ou.completion().created();
        Sent answered = completion.answered(100.0, true, 0, false);
        await().atMost(WAIT).untilAsserted(() -> assertEquals("1|1|1|100.0", overview(owner, p)));

        // The same facts again: redelivered (same event ids) and republished (new ids, same versions).
        Sent republished = ou.publish("marketplace.offering_user.created", 1);
        for (int i = 0; i < 3; i++) {
            answered.again();
            republished.again();
        }
        completion.publish("checklist.completion.updated");
        // Later events on the same partitions: once they show, the duplicates before them were consumed.
        ou.update("Pending additional validation", false);
        completion.answered(50.0, false, 1, false);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("pending|50.0|Pending additional validation"),
                lines(items(as(owner).get(p.path("offering_users"))), "compliance_status", "completion_percentage",
                        "state")));
        assertEquals("1|1|0|0.0", overview(owner, p));
    }

    @Test
    void eventsArrivingOutOfOrderConvergeOnTheNewestState() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider p = Provider.create("Out of order " + hex().substring(0, 6));
        p.grant(owner, "owner");
        Checklist checklist = Checklist.create("Late checklist", 2);
        Offering offering = p.unannounced("Middle name", checklist);
        OfferingUser ou = offering.unannounced(Person.named("Olga Order"));
        Completion completion = ou.completion();
        // The completion is announced before its offering user, which comes before its offering.
        completion.created();
        completion.answered(100.0, true, 0, false);
        ou.state = "OK";
        ou.publish("marketplace.offering_user.updated", 2);
        ou.state = "Requested";
        ou.publish("marketplace.offering_user.created", 1);
        offering.name = "Newest name";
        offering.publish("marketplace.offering.updated", 3);
        offering.name = "Middle name";
        offering.publish("marketplace.offering.updated", 2);
        offering.name = "First name";
        offering.publish("marketplace.offering.created", 1);
        // An older figure of the completion after a newer one.
        completion.percentage = 10.0;
        completion.completed = false;
        completion.version = 0;
        completion.publish("checklist.completion.updated");

        await().atMost(WAIT).untilAsserted(() -> {
            assertEquals(List.of("Newest name|Olga Order|OK|completed|100.0"), lines(items(as(owner).get(
                    p.path("offering_users"))), "offering_name", "user_full_name", "state", "compliance_status",
                    "completion_percentage"));
            assertEquals("1|1|1|100.0", overview(owner, p));
        });
    }

    @Test
    void completionEventsApplyByVersionNeverByTimestamp() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider p = Provider.create("Versions " + hex().substring(0, 6));
        p.grant(owner, "owner");
        Offering offering = p.offering("Versioned", Checklist.create("Two", 2));
        Completion completion = offering.user(Person.named("Vera Version")).completion().created();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("1|1|0|0.0", overview(owner, p)));
        completion.answered(100.0, true, 0, false);
        // A later write (version 2) stamped with an earlier clock: still the newest.
        completion.percentage = 50.0;
        completion.completed = false;
        completion.unanswered = 1;
        completion.modified = completion.created.minusSeconds(60);
        completion.version = 2;
        completion.publish("checklist.completion.updated");
        // An earlier write (version 1) stamped with a later clock, delivered last: ignored.
        completion.percentage = 100.0;
        completion.completed = true;
        completion.unanswered = 0;
        completion.modified = completion.created.plusSeconds(60);
        completion.version = 1;
        Sent stale = completion.publish("checklist.completion.updated");
        Applied.all(em, List.of(stale.id()));
        assertEquals("1|1|0|0.0", overview(owner, p));
        assertEquals(List.of("pending|50.0"), lines(items(as(owner).get(p.path("offering_users"))),
                "compliance_status", "completion_percentage"));
    }

    @Test
    void aDeletedOfferingUserLeavesNothingAndLateEventsDoNotRevive() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider p = Provider.create("Deleted " + hex().substring(0, 6));
        p.grant(owner, "owner");
        Checklist checklist = Checklist.create("Gone", 1);
        Offering offering = p.offering("Leaving", checklist);
        OfferingUser leaving = offering.user(Person.named("Lea Leaving"));
        Completion completion = leaving.completion().created();
        completion.answered(100.0, true, 0, true);
        OfferingUser staying = offering.user(Person.named("Stan Staying"));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("2|1|1|50.0", overview(owner, p)));

        leaving.delete();
        Sent lateUpdate = leaving.publish("marketplace.offering_user.updated", 7);
        Sent lateAnswer = completion.answered(50.0, false, 1, false);
        await().atMost(WAIT).untilAsserted(() -> {
            assertEquals("1|0|0|0.0", overview(owner, p));
            assertEquals(List.of("Stan Staying"), lines(items(as(owner).get(p.path("offering_users"))),
                    "user_full_name"));
            assertEquals(2L, processed(lateUpdate.id(), lateAnswer.id()));
        });
        assertEquals(0L, rows("offering_user_report", leaving.uuid));
        assertEquals(0L, rows("completion_fact", leaving.uuid));
        assertEquals(1L, rows("deleted_offering_user", leaving.uuid));
        assertEquals(0, items(as(staff()).get("/api/marketplace-offering-user-checklist-completions/?offering_uuid="
                + offering.uuid)).size());
        assertEquals(List.of(staying.uuid), lines(items(as(owner).get(p.path("offering_users"))), "uuid"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider p = Provider.create("Poison " + hex().substring(0, 6));
        p.grant(owner, "owner");
        try (KafkaTopics.Reader dlq = KafkaTopics.reader("test.compliance-reporting-service.dlq")) {
            String marker = "poison-" + hex();
            for (String topic : List.of("marketplace.offering-users", "checklist.completions")) {
                EventFeed.publish(topic, marker, "{\"not\": \"an envelope\", \"m\": \"" + marker + "\"}");
            }
            // Readable, but a required uuid is malformed: it cannot be applied either.
            Offering broken = p.unannounced("Broken", null);
            EventFeed.send("marketplace.offering.created", broken.uuid, java.util.Map.of("offering_uuid", "xyz",
                    "customer_uuid", p.customer, "name", marker, "version", 1));
            assertEquals(3, dlq.await(r -> r.value().contains(marker), 3, WAIT).size());
        }
        p.offering("After poison", null).user(Person.named("Pia Poison"));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("1|0|0|0.0", overview(owner, p)));
    }

    /** total|with completions|completed|rate of the provider's only offering ("" before it is known). */
    private static String overview(TestUser caller, Provider p) {
        return String.join(",", lines(items(as(caller).get(p.path("compliance_overview"))), "total_users",
                "users_with_completions", "completed_users", "compliance_rate"));
    }

    private long rows(String table, String offeringUser) {
        UUID uuid = Uuids.tryParse(offeringUser).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM "
                + table + " WHERE offering_user_uuid = ?1").setParameter(1, uuid).getSingleResult()).longValue());
    }

    private long processed(String... eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id IN (?1)").setParameter(1, List.of(eventIds))
                .getSingleResult()).longValue());
    }
}
