package org.offeringcompliance.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Json.items;
import static org.offeringcompliance.reporting.Json.lines;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.reporting.Applied;
import org.offeringcompliance.reporting.EventFeed;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Checklist;
import org.offeringcompliance.reporting.Scenario.Completion;
import org.offeringcompliance.reporting.Scenario.Offering;
import org.offeringcompliance.reporting.Scenario.OfferingUser;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A rebuild replays the topics into fresh tables and answers exactly as the live read models did. */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class RebuildTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String COMPLETIONS = "/api/marketplace-offering-user-checklist-completions/";

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void aRebuildGivesTheSameAnswersAsTheLiveReadModelsAndRepairsThem() {
        TestUser owner = KEYCLOAK.create("owner");
        TestUser self = KEYCLOAK.create("self");
        int mark = EventFeed.mark();
        Provider p = Provider.create("Rebuilt " + hex().substring(0, 6));
        p.grant(owner, "owner");
        Checklist security = Checklist.create("Security baseline", 2);
        Checklist privacy = Checklist.create("Data protection", 1);
        security.questionAdded();
        Offering alpha = p.offering("Alpha", security);
        Offering beta = p.offering("Beta", privacy);
        p.offering("Gamma", null).user(Person.named("Gus Gamma"));
        OfferingUser mine = alpha.user(Person.of(self));
        mine.completion().created().answered(100.0, true, 0, true);
        Completion half = alpha.user(Person.named("Hal Half")).completion().created();
        half.answered(50.0, false, 1, false);
        half.answered(50.0, false, 1, false).again();
        half.dueAt = Instant.parse("2026-01-15T10:30:00Z");
        half.overdue();
        alpha.user(Person.named("Ned New"));
        OfferingUser leaving = beta.user(Person.named("Lee Leaving"));
        leaving.completion().created();
        leaving.delete();
        OfferingUser switched = beta.user(Person.named("Sue Switch"));
        switched.completion().created().answered(100.0, true, 0, false);
        beta.assign(security);
        beta.assign(privacy);
        beta.rename("Beta renamed");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("Alpha|3|2|1|33.33", "Beta renamed|1|1|1|100.0",
                "Gamma|1|0|0|0.0"),
                lines(items(as(owner).get(p.path("compliance_overview"))), "offering_name",
                        "total_users", "users_with_completions", "completed_users", "compliance_rate")));
        Applied.since(em, mark);
        Map<String, Object> live = answers(owner, self, p);
        assertEquals(List.of("Alpha|1", "Beta renamed|0", "Gamma|0"), lines(items(as(owner).get(p.path(
                "compliance_overview"))), "offering_name", "overdue_users"));

        corrupt(p);
        assertNotEquals(live, answers(owner, self, p));

        given().contentType("application/json").post("/internal/rebuild").then().statusCode(401);
        as(owner).contentType("application/json").post("/internal/rebuild").then().statusCode(403);
        as(staff()).contentType("application/json").post("/internal/rebuild").then().statusCode(200)
                .body("schema", equalTo("reporting")).body("records", greaterThan(20))
                .body("events_applied", greaterThan(20));
        assertEquals(live, answers(owner, self, p));

        // The live consumers carry on with the rebuilt tables, counting each new event once.
        alpha.user(Person.named("Amy After")).completion().created().answered(100.0, true, 0, false);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("Alpha|4|3|2|50.0", "Beta renamed|1|1|1|100.0",
                "Gamma|1|0|0|0.0"),
                lines(items(as(owner).get(p.path("compliance_overview"))), "offering_name",
                        "total_users", "users_with_completions", "completed_users", "compliance_rate")));
    }

    /** A live consumer holding an offering's lock (mid-transaction) never holds up the rebuild of that offering. */
    @Test
    void aRebuildTakesNoLocksThatLiveConsumersHold() throws Exception {
        Provider p = Provider.create("Locked " + hex().substring(0, 6));
        Offering busy = p.offering("Busy", Checklist.create("Busy list", 1));
        busy.user(Person.named("Bo Busy")).completion().created();
        await().atMost(WAIT).until(() -> reportedUsers(busy) == 1);
        UUID offering = Uuids.tryParse(busy.uuid).orElseThrow();
        try (Connection liveConsumer = dataSource.getConnection()) {
            try (PreparedStatement lock = liveConsumer.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, offering.getMostSignificantBits() ^ offering.getLeastSignificantBits());
                lock.executeQuery().close();
            }
            var rebuild = CompletableFuture.supplyAsync(() -> as(staff()).contentType("application/json")
                    .post("/internal/rebuild").statusCode());
            try {
                assertEquals(200, rebuild.get(2, TimeUnit.MINUTES));
            } finally {
                liveConsumer.close(); // releases the lock, so a failed run still ends
            }
        }
        assertEquals(1, reportedUsers(busy));
    }

    private long reportedUsers(Offering offering) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM offering_user_report WHERE offering_uuid = ?1")
                .setParameter(1, Uuids.tryParse(offering.uuid).orElseThrow()).getSingleResult()).longValue());
    }

    /** Every report of the provider and the completions lists, as the owner, staff and the user see them. */
    private static Map<String, Object> answers(TestUser owner, TestUser self, Provider p) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String report : List.of("compliance_overview", "offering_users", "checklists_summary")) {
            answers.put(report, items(as(owner).get(p.path(report) + "?page_size=100")));
        }
        answers.put("completions", items(as(staff()).get(COMPLETIONS + "?customer_provider_uuid=" + p.customer)));
        answers.put("own completions", items(as(self).get(COMPLETIONS)));
        answers.put("review", items(as(owner).get(COMPLETIONS + "?requires_review=true&o=created")));
        answers.put("overdue", items(as(owner).get(p.path("offering_users") + "?compliance_status=overdue")));
        return answers;
    }

    private void corrupt(Provider p) {
        var customer = Uuids.tryParse(p.customer).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE offering_report SET total_users = 99, completed_users = 0 WHERE customer_uuid = ?1")
                    .setParameter(1, customer).executeUpdate();
            em.createNativeQuery("UPDATE offering_user_report SET completion_percentage = 1.0, user_full_name = 'X' "
                    + "WHERE customer_uuid = ?1").setParameter(1, customer).executeUpdate();
        });
    }
}
