package org.offeringcompliance.reporting.provider;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Json.items;
import static org.offeringcompliance.reporting.Json.lines;
import static org.offeringcompliance.reporting.Json.map;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.Json;
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

/** The three provider reports fed by real events: every figure of RULES.md "Reporting", filters and ordering. */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class ProviderReportsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** Four offerings: with users in every state, without a checklist, and without users. */
    record Catalogue(Provider provider, TestUser owner, Checklist security, Checklist privacy, Offering alpha,
            Offering beta, Offering compute, Offering delta, OfferingUser alice, OfferingUser bob, OfferingUser carol,
            Completion aliceCompletion, Completion bobCompletion) {

        static Catalogue create() {
            TestUser owner = KEYCLOAK.create("owner");
            Provider p = Provider.create("Figures " + hex().substring(0, 6));
            p.grant(owner, "owner");
            Checklist security = Checklist.create("Security baseline", 3);
            Checklist privacy = Checklist.create("Data protection", 1);
            security.questionAdded();
            Offering alpha = p.offering("Alpha cloud", security);
            Offering beta = p.offering("Beta storage", security);
            Offering compute = p.offering("Compute basic", null);
            Offering delta = p.offering("Delta archive", privacy);
            OfferingUser alice = alpha.user(Person.named("Alice Adams"));
            Completion aliceCompletion = alice.completion().created();
            aliceCompletion.answered(100.0, true, 0, false);
            OfferingUser bob = alpha.user(Person.named("Bob Brown"));
            Completion bobCompletion = bob.completion().created();
            bobCompletion.answered(50.0, false, 1, false);
            // Carol's completion is still being created: she is pending at 0.
            OfferingUser carol = alpha.user(Person.named("Carol Clark"));
            beta.user(Person.named("Dave Doe")).completion().created().answered(100.0, true, 0, false);
            beta.user(Person.named("Erin Eve")).completion().created().answered(100.0, true, 0, false);
            beta.user(Person.named("Frank Fox")).completion().created();
            compute.user(Person.named("Grace Green"));
            compute.user(Person.named("Heidi Hill"));
            return new Catalogue(p, owner, security, privacy, alpha, beta, compute, delta, alice, bob, carol,
                    aliceCompletion, bobCompletion);
        }

        List<Object> overview() {
            return List.copyOf(items(as(owner).get(provider.path("compliance_overview"))));
        }
    }

    @Test
    void overviewCountsEveryOfferingOfTheProviderByName() {
        Catalogue c = Catalogue.create();
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(
                map("offering_uuid", c.alpha().uuid, "offering_name", "Alpha cloud", "checklist_name", "Security baseline",
                        "total_users", 3, "users_with_completions", 2, "completed_users", 1, "pending_users", 1,
                        "overdue_users", 0,
                        "compliance_rate", 33.33),
                map("offering_uuid", c.beta().uuid, "offering_name", "Beta storage", "checklist_name", "Security baseline",
                        "total_users", 3, "users_with_completions", 3, "completed_users", 2, "pending_users", 1,
                        "overdue_users", 0,
                        "compliance_rate", 66.67),
                map("offering_uuid", c.compute().uuid, "offering_name", "Compute basic", "checklist_name", null,
                        "total_users", 2, "users_with_completions", 0, "completed_users", 0, "pending_users", 0,
                        "overdue_users", 0,
                        "compliance_rate", 0.0),
                map("offering_uuid", c.delta().uuid, "offering_name", "Delta archive", "checklist_name", "Data protection",
                        "total_users", 0, "users_with_completions", 0, "completed_users", 0, "pending_users", 0,
                        "overdue_users", 0,
                        "compliance_rate", 0.0)),
                c.overview()));
        as(c.owner()).get(c.provider().path("compliance_overview") + "?page_size=2&page=2").then().statusCode(200)
                .header("X-Result-Count", "4").header("Link", equalTo("<" + Json.base()
                        + c.provider().path("compliance_overview") + "?page=1&page_size=2>; rel=\"first\", <" + Json.base()
                        + c.provider().path("compliance_overview") + "?page=1&page_size=2>; rel=\"prev\", <" + Json.base()
                        + c.provider().path("compliance_overview") + "?page=2&page_size=2>; rel=\"last\""));
        as(c.owner()).get(c.provider().path("compliance_overview") + "?page=3&page_size=2").then().statusCode(404);
        as(c.owner()).head(c.provider().path("compliance_overview")).then().statusCode(200).header("X-Result-Count", "4");
    }

    @Test
    void offeringUsersShowEachUsersStatusAndFilterByOfferingAndStatus() {
        Catalogue c = Catalogue.create();
        String path = c.provider().path("offering_users");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(
                "Alpha cloud|Alice Adams|completed|100.0|Security baseline",
                "Alpha cloud|Bob Brown|pending|50.0|Security baseline",
                "Alpha cloud|Carol Clark|pending|0.0|Security baseline",
                "Beta storage|Dave Doe|completed|100.0|Security baseline",
                "Beta storage|Erin Eve|completed|100.0|Security baseline",
                "Beta storage|Frank Fox|pending|0.0|Security baseline",
                "Compute basic|Grace Green|no_checklist|null|null",
                "Compute basic|Heidi Hill|no_checklist|null|null"),
                lines(items(as(c.owner()).get(path + "?page_size=20")), "offering_name", "user_full_name",
                        "compliance_status", "completion_percentage", "checklist_name")));

        var alice = items(as(c.owner()).get(path + "?offering_uuid=" + c.alpha().uuid)).get(0);
        assertEquals(List.of("uuid", "user_full_name", "user_email", "offering_name", "checklist_name", "username",
                "state", "completion_percentage", "compliance_status", "compliance_state", "due_at", "last_updated",
                "created"),
                List.copyOf(alice.keySet()));
        assertEquals(c.alice().uuid, alice.get("uuid"));
        assertEquals(c.alice().person.username(), alice.get("username"));
        assertEquals(c.alice().person.email(), alice.get("user_email"));
        assertEquals("OK", alice.get("state"));
        as(c.owner()).get(path + "?offering_uuid=" + c.alpha().uuid + "&compliance_status=pending").then()
                .body("user_full_name", equalTo(List.of("Bob Brown", "Carol Clark")))
                .body("[1].last_updated", nullValue()).body("[0].last_updated", org.hamcrest.Matchers.notNullValue());
        assertEquals(List.of("Alice Adams", "Dave Doe", "Erin Eve"),
                lines(items(as(c.owner()).get(path + "?compliance_status=completed")), "user_full_name"));
        assertEquals(List.of("Bob Brown", "Carol Clark", "Frank Fox"),
                lines(items(as(c.owner()).get(path + "?compliance_status=pending")), "user_full_name"));
        assertEquals(List.of("Grace Green", "Heidi Hill"),
                lines(items(as(c.owner()).get(path + "?compliance_status=no_checklist")), "user_full_name"));
        // A hyphenated uuid is accepted; an offering of another provider yields nothing.
        assertEquals(3, items(as(c.owner()).get(path + "?offering_uuid=" + Json.hyphenated(c.beta().uuid))).size());
        assertEquals(0, items(as(c.owner()).get(path + "?offering_uuid=" + hex())).size());
        as(c.owner()).get(path + "?compliance_status=done").then().statusCode(400).body("compliance_status[0]",
                org.hamcrest.Matchers.startsWith("Select a valid choice."));
        as(c.owner()).get(path + "?offering_uuid=not-a-uuid").then().statusCode(400).body("offering_uuid[0]",
                equalTo("Must be a valid UUID."));
        as(c.owner()).get(path + "?page_size=3&page=3").then().statusCode(200).header("X-Result-Count", "8")
                .body("user_full_name", equalTo(List.of("Grace Green", "Heidi Hill")));
    }

    @Test
    void checklistsSummaryCountsOfferingsPerChecklist() {
        Catalogue c = Catalogue.create();
        Offering extra = c.provider().offering("Echo", c.privacy());
        extra.rename("Echo renamed");
        Offering third = c.provider().offering("Foxtrot", c.privacy());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(
                map("checklist_uuid", c.privacy().uuid, "checklist_name", "Data protection", "questions_count", 1,
                        "offerings_count", 3),
                map("checklist_uuid", c.security().uuid, "checklist_name", "Security baseline", "questions_count", 4,
                        "offerings_count", 2)),
                items(as(c.owner()).get(c.provider().path("checklists_summary")))));
        third.delete();
        c.privacy().rename("Privacy");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("Privacy|2", "Security baseline|2"),
                lines(items(as(c.owner()).get(c.provider().path("checklists_summary"))), "checklist_name",
                        "offerings_count")));
    }

    @Test
    void removingTheChecklistMakesUsersNoChecklistAndAssigningItAgainRestoresTheirCompletions() {
        Catalogue c = Catalogue.create();
        String users = c.provider().path("offering_users") + "?offering_uuid=" + c.alpha().uuid;
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|Security baseline|3|2|1|1|33.33", alpha(c)));

        c.alpha().assign(null);
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|null|3|0|0|0|0.0", alpha(c)));
        assertEquals(List.of("no_checklist|null|null", "no_checklist|null|null", "no_checklist|null|null"),
                lines(items(as(c.owner()).get(users)), "compliance_status", "completion_percentage", "last_updated"));
        assertEquals(0, items(as(staff()).get("/api/marketplace-offering-user-checklist-completions/?offering_uuid="
                + c.alpha().uuid)).size());

        c.alpha().assign(c.security());
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|Security baseline|3|2|1|1|33.33", alpha(c)));
        assertEquals(2, items(as(staff()).get("/api/marketplace-offering-user-checklist-completions/?offering_uuid="
                + c.alpha().uuid)).size());

        // Switched to another checklist: nobody has a completion of it until the checklist service creates them.
        c.alpha().assign(c.privacy());
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|Data protection|3|0|0|0|0.0", alpha(c)));
        c.carol().completion().created().answered(100.0, true, 0, false);
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|Data protection|3|1|1|0|33.33", alpha(c)));
    }

    @Test
    void aDeletedOfferingUserLeavesTheReports() {
        Catalogue c = Catalogue.create();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|Security baseline|3|2|1|1|33.33", alpha(c)));
        c.bob().delete();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|Security baseline|2|1|1|0|50.0", alpha(c)));
        assertEquals(List.of("Alice Adams", "Carol Clark"), lines(items(as(c.owner()).get(
                c.provider().path("offering_users") + "?offering_uuid=" + c.alpha().uuid)), "user_full_name"));
        // Its completion's own deletion, when it comes, changes nothing more.
        c.bobCompletion().deleted();
        c.aliceCompletion().deleted();
        await().atMost(WAIT).untilAsserted(() -> assertEquals("Alpha cloud|Security baseline|2|0|0|0|0.0", alpha(c)));
    }

    @Test
    void renamesReachTheReports() {
        Catalogue c = Catalogue.create();
        await().atMost(WAIT).untilAsserted(() -> assertEquals(4, c.overview().size()));
        c.alpha().rename("Zulu cloud");
        c.security().rename("Security 2025");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("Beta storage|Security 2025",
                "Compute basic|null", "Delta archive|Data protection", "Zulu cloud|Security 2025"),
                lines(items(as(c.owner()).get(c.provider().path("compliance_overview"))), "offering_name",
                        "checklist_name")));
        assertEquals("Zulu cloud", items(as(c.owner()).get(c.provider().path("offering_users") + "?offering_uuid="
                + c.alpha().uuid)).get(0).get("offering_name"));
    }

    /** The Alpha offering's line of the overview ("" before it is known). */
    private static String alpha(Catalogue c) {
        return String.join(",", lines(items(as(c.owner()).get(c.provider().path("compliance_overview"))).stream()
                .filter(i -> c.alpha().uuid.equals(i.get("offering_uuid"))).toList(), "offering_name", "checklist_name",
                "total_users", "users_with_completions", "completed_users", "pending_users", "compliance_rate"));
    }

}
