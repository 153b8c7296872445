package org.offeringcompliance.reporting.completion;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Json.items;
import static org.offeringcompliance.reporting.Json.lines;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.Applied;
import org.offeringcompliance.reporting.EventFeed;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Checklist;
import org.offeringcompliance.reporting.Scenario.Completion;
import org.offeringcompliance.reporting.Scenario.Offering;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The completions list and detail with deadlines: the five fields, the compliance_state and due_before filters, o=due_at. */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class CompletionDeadlinesTest {

    static final String PATH = "/api/marketplace-offering-user-checklist-completions/";
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    static Provider p;
    static TestUser member;
    static Completion late;
    static Completion soon;
    static Completion expiring;
    static Completion noDueDate;
    static Completion renewed;

    @Inject
    EntityManager em;

    /** One provider's offering with a completion in each state; fed once, before the first test. */
    @BeforeEach
    void feedOnce() {
        if (p == null) {
            int mark = EventFeed.mark();
            feed();
            Applied.since(em, mark);
        }
    }

    static void feed() {
        p = Provider.create("Deadlines " + hex().substring(0, 6));
        member = KEYCLOAK.create("member");
        p.grant(member, "manager");
        Offering offering = p.offering("Due cloud", Checklist.create("Due checklist", 2));
        late = dueIn(offering, "Liz Late", -2);
        late.overdue();
        soon = dueIn(offering, "Sam Soon", 3);
        expiring = dueIn(offering, "Eve Expiring", 30);
        expiring.expiresAt = NOW.plus(Duration.ofDays(10));
        expiring.answered(100.0, true, 0, false);
        expiring.expiring();
        noDueDate = offering.user(Person.named("Ned Nodue")).completion().created();
        renewed = dueIn(offering, "Rae Renewed", -40);
        renewed.answered(100.0, true, 0, false);
        renewed.expired(NOW.plus(Duration.ofDays(14)));
    }

    private static Completion dueIn(Offering offering, String name, int days) {
        Completion c = offering.user(Person.named(name)).completion();
        c.dueAt = NOW.plus(Duration.ofDays(days));
        return c.created();
    }

    @Test
    void everyItemCarriesItsDueDateCompletionExpiryCycleAndState() {
        assertEquals(List.of(
                late.uuid + "|" + late.dueAt + "|null|null|1|overdue|false|0.0",
                soon.uuid + "|" + soon.dueAt + "|null|null|1|pending|false|0.0",
                renewed.uuid + "|" + renewed.dueAt + "|null|null|2|expired|false|100.0",
                expiring.uuid + "|" + expiring.dueAt + "|" + expiring.completedAt + "|" + expiring.expiresAt
                        + "|1|expiring|true|100.0",
                noDueDate.uuid + "|null|null|null|1|pending|false|0.0"),
                lines(items(as(member).get(PATH + "?o=due_at")), "uuid", "due_at", "completed_at", "expires_at",
                        "cycle", "compliance_state", "is_completed", "completion_percentage"));
        as(member).get(PATH + renewed.uuid + "/").then().statusCode(200).body("due_at", equalTo(renewed.dueAt.toString()))
                .body("completed_at", equalTo(null)).body("expires_at", equalTo(null)).body("cycle", equalTo(2))
                .body("compliance_state", equalTo("expired")).body("is_completed", equalTo(false));
    }

    @Test
    void complianceStateAndDueBeforeNarrowTheList() {
        Map<String, List<Completion>> expected = Map.of("compliance_state=overdue", List.of(late),
                "compliance_state=pending", List.of(soon, noDueDate), "compliance_state=expiring", List.of(expiring),
                "compliance_state=expired", List.of(renewed), "compliance_state=completed", List.of(),
                "due_before=" + NOW, List.of(late),
                "due_before=" + LocalDate.ofInstant(NOW.plus(Duration.ofDays(5)), ZoneOffset.UTC), List.of(late, soon),
                "due_before=" + soon.dueAt, List.of(late, soon),
                "compliance_state=pending&due_before=" + NOW.plus(Duration.ofDays(60)), List.of(soon),
                "compliance_state=overdue&customer_provider_uuid=" + p.customer, List.of(late));
        expected.forEach((query, completions) -> {
            List<String> uuids = completions.stream().map(c -> c.uuid).toList();
            assertEquals(uuids, lines(items(as(member).get(PATH + "?o=due_at&" + query)), "uuid"), query);
            as(member).head(PATH + "?" + query).then().statusCode(200)
                    .header("X-Result-Count", Integer.toString(uuids.size()));
        });
        assertEquals(List.of(late.uuid), lines(items(as(staff()).get(PATH + "?compliance_state=overdue&offering_uuid="
                + late.offeringUser.offering.uuid)), "uuid"));
    }

    @Test
    void dueAtOrdersBothWaysCompletionsWithoutADueDateLastWhenAscending() {
        assertEquals(uuids(late, soon, renewed, expiring, noDueDate), lines(items(as(member).get(PATH + "?o=due_at")),
                "uuid"));
        assertEquals(uuids(noDueDate, expiring, renewed, soon, late), lines(items(as(member).get(PATH + "?o=-due_at")),
                "uuid"));
        assertEquals(uuids(expiring, late, soon, renewed), lines(items(as(member).get(PATH
                + "?o=-is_completed,due_at&due_before=" + NOW.plus(Duration.ofDays(40)))), "uuid"));
    }

    @Test
    void aBadStateOrDueBeforeIsAFieldErrorAndChangesNothing() {
        List<Map<String, Object>> before = items(as(member).get(PATH + "?o=due_at"));
        as(member).get(PATH + "?compliance_state=late").then().statusCode(400).body("compliance_state[0]",
                equalTo("Select a valid choice. late is not one of the available choices: completed, expired, "
                        + "expiring, overdue, pending."));
        as(member).get(PATH + "?compliance_state=Overdue").then().statusCode(400).body("compliance_state[0]",
                startsWith("Select a valid choice."));
        as(member).get(PATH + "?due_before=tomorrow").then().statusCode(400).body("due_before[0]",
                equalTo("Enter a valid date/time."));
        as(member).get(PATH + "?due_before=2026-13-01").then().statusCode(400).body("due_before[0]",
                equalTo("Enter a valid date/time."));
        as(member).head(PATH + "?compliance_state=late").then().statusCode(400);
        as(member).head(PATH + "?due_before=soon").then().statusCode(400);
        as(member).get(PATH + "?o=due").then().statusCode(400).body("o[0]", startsWith("Unknown ordering field 'due'"));
        assertEquals(before, items(as(member).get(PATH + "?o=due_at")));
    }

    private static List<String> uuids(Completion... completions) {
        return List.of(completions).stream().map(c -> c.uuid).toList();
    }
}
