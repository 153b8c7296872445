package org.offeringcompliance.reporting.provider;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Json.items;
import static org.offeringcompliance.reporting.Json.lines;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.Applied;
import org.offeringcompliance.reporting.EventFeed.Sent;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Checklist;
import org.offeringcompliance.reporting.Scenario.Completion;
import org.offeringcompliance.reporting.Scenario.Offering;
import org.offeringcompliance.reporting.Scenario.OfferingUser;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The provider reports with deadlines, fed by the checklist service's overdue, expired and reopened events:
 * overdue_users, each row's compliance_state and due_at, and compliance_status=overdue.
 */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class OverdueReportsTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String COMPLETIONS = "/api/marketplace-offering-user-checklist-completions/";

    @Inject
    EntityManager em;

    /** Ann (due yesterday), Bob (completed), Cid (completion still being created); Dan on an offering without a checklist. */
    record Catalogue(Provider provider, TestUser owner, Checklist checklist, Offering offering, OfferingUser ann,
            Completion annCompletion, Completion bobCompletion) {

        static Catalogue create() {
            TestUser owner = KEYCLOAK.create("owner");
            Provider p = Provider.create("Overdue " + hex().substring(0, 6));
            p.grant(owner, "owner");
            Checklist checklist = Checklist.create("Due checklist", 2);
            Offering offering = p.offering("Due cloud", checklist);
            OfferingUser ann = offering.user(Person.named("Ann Able"));
            Completion annCompletion = ann.completion();
            annCompletion.dueAt = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS);
            annCompletion.created();
            Completion bobCompletion = offering.user(Person.named("Bob Best")).completion().created();
            bobCompletion.answered(100.0, true, 0, false);
            offering.user(Person.named("Cid Cole"));
            p.offering("No list", null).user(Person.named("Dan Doe"));
            return new Catalogue(p, owner, checklist, offering, ann, annCompletion, bobCompletion);
        }

        /** offering|users|with completions|completed|pending|overdue|rate of the offering with the checklist. */
        String overview() {
            return String.join(",", lines(items(as(owner).get(provider.path("compliance_overview"))).stream()
                    .filter(i -> offering.uuid.equals(i.get("offering_uuid"))).toList(), "offering_name", "total_users",
                    "users_with_completions", "completed_users", "pending_users", "overdue_users", "compliance_rate"));
        }

        List<String> rows(String query) {
            return lines(items(as(owner).get(provider.path("offering_users") + query)), "user_full_name",
                    "compliance_status", "compliance_state", "due_at", "completion_percentage");
        }
    }

    @Test
    void anOverdueEventCountsInTheOverviewShowsOnTheRowAndIsFilteredOn() {
        Catalogue c = Catalogue.create();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|1|1|0|33.33", c.overview()));
        assertEquals(List.of(), c.rows("?compliance_status=overdue"));

        c.annCompletion().overdue();
        String due = c.annCompletion().dueAt.toString();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|1|1|1|33.33", c.overview()));
        assertEquals(List.of("Ann Able|pending|overdue|" + due + "|0.0", "Bob Best|completed|completed|null|100.0",
                "Cid Cole|pending|pending|null|0.0", "Dan Doe|no_checklist|null|null|null"), c.rows(""));
        assertEquals(List.of("Ann Able|pending|overdue|" + due + "|0.0"), c.rows("?compliance_status=overdue"));
        assertEquals(List.of("Ann Able|pending|overdue|" + due + "|0.0"),
                c.rows("?compliance_status=overdue&offering_uuid=" + c.offering().uuid));
        // Overdue users are pending users too; the other statuses keep their meaning.
        assertEquals(List.of("Ann Able", "Cid Cole"), lines(items(as(c.owner()).get(c.provider().path("offering_users")
                + "?compliance_status=pending")), "user_full_name"));
        as(c.owner()).head(c.provider().path("offering_users") + "?compliance_status=overdue").then().statusCode(200)
                .header("X-Result-Count", "1");
        assertEquals(List.of("overdue|" + due), lines(items(as(staff()).get(COMPLETIONS + "?offering_uuid="
                + c.offering().uuid + "&compliance_state=overdue")), "compliance_state", "due_at"));

        c.annCompletion().answered(100.0, true, 0, false);
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|2|0|0|66.67", c.overview()));
        assertEquals(List.of(), c.rows("?compliance_status=overdue"));
        as(c.owner()).get(c.provider().path("offering_users") + "?compliance_status=late").then().statusCode(400);
    }

    @Test
    void aLowerVersionEventDoesNotOverwriteTheOverdueState() {
        Catalogue c = Catalogue.create();
        Completion ann = c.annCompletion();
        ann.overdue();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|1|1|1|33.33", c.overview()));
        // The pending state it had before (its version), delivered late.
        ann.state = "pending";
        ann.version--;
        Sent stale = ann.publish("checklist.completion.updated");
        Applied.all(em, List.of(stale.id()));
        assertEquals("Due cloud|3|2|1|1|1|33.33", c.overview());
        assertEquals(List.of("Ann Able|pending|overdue|" + ann.dueAt + "|0.0"), c.rows("?compliance_status=overdue"));
        // Nor does a lower version of the overdue type itself override a newer write.
        ann.version++;
        ann.answered(100.0, true, 0, false);
        ann.state = "overdue";
        ann.completed = false;
        ann.version--;
        Sent staleOverdue = ann.publish("checklist.completion.overdue");
        Applied.all(em, List.of(staleOverdue.id()));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|2|0|0|66.67", c.overview()));
        assertEquals(List.of(), c.rows("?compliance_status=overdue"));
    }

    @Test
    void expiredAndReopenedStartANewCycleThatIsNotCompleted() {
        Catalogue c = Catalogue.create();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|1|1|0|33.33", c.overview()));
        Instant newDue = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.MICROS);
        c.bobCompletion().expired(newDue);
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|0|2|0|0.0", c.overview()));
        assertEquals(List.of("Bob Best|pending|expired|" + newDue + "|100.0"), lines(items(as(c.owner()).get(
                c.provider().path("offering_users") + "?compliance_status=pending")), "user_full_name",
                "compliance_status", "compliance_state", "due_at", "completion_percentage").subList(1, 2));
        as(staff()).get(COMPLETIONS + c.bobCompletion().uuid + "/").then().statusCode(200).body("cycle", equalTo(2))
                .body("compliance_state", equalTo("expired")).body("is_completed", equalTo(false))
                .body("completion_percentage", equalTo(100.0f)).body("completed_at", nullValue())
                .body("due_at", equalTo(newDue.toString()));

        c.bobCompletion().answered(100.0, true, 0, false);
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|1|1|0|33.33", c.overview()));
        c.bobCompletion().reopened(newDue.plus(Duration.ofDays(1)));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|0|2|0|0.0", c.overview()));
        // Ann's first cycle is pending too, due yesterday.
        assertEquals(List.of("1|pending|false|0.0", "3|pending|false|100.0"), lines(items(as(staff()).get(COMPLETIONS
                + "?offering_uuid=" + c.offering().uuid + "&compliance_state=pending&is_completed=false&o=due_at"
                + "&due_before=" + newDue.plus(Duration.ofDays(2)))), "cycle", "compliance_state", "is_completed",
                "completion_percentage"));
    }

    @Test
    void aChecklistSwitchAndADeletedUserRecountOverdueUsers() {
        Catalogue c = Catalogue.create();
        c.annCompletion().overdue();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|1|1|1|33.33", c.overview()));
        c.offering().assign(Checklist.create("Other checklist", 1));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|0|0|0|0|0.0", c.overview()));
        assertEquals(List.of(), c.rows("?compliance_status=overdue"));
        c.offering().assign(c.checklist());
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|3|2|1|1|1|33.33", c.overview()));
        assertEquals(List.of("Ann Able|pending|overdue|" + c.annCompletion().dueAt + "|0.0"),
                c.rows("?compliance_status=overdue"));
        c.ann().delete();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Due cloud|2|1|1|0|0|50.0", c.overview()));
    }
}
