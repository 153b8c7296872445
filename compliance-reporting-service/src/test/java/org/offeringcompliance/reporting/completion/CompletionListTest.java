package org.offeringcompliance.reporting.completion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Json.items;
import static org.offeringcompliance.reporting.Json.lines;
import static org.offeringcompliance.reporting.Json.map;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;
import static org.offeringcompliance.reporting.Scenario.support;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.Applied;
import org.offeringcompliance.reporting.EventFeed;
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

/** The completions list and detail: scoping per kind of caller, every filter and ordering, pagination, fields. */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class CompletionListTest {

    static final String PATH = "/api/marketplace-offering-user-checklist-completions/";

    static Provider p;
    static Provider q;
    static Checklist k1;
    static Checklist k2;
    static Offering o1;
    static Offering o2;
    static TestUser member;
    static TestUser self;
    static TestUser other;
    static TestUser outsider;
    static Completion selfDone;
    static Completion halfWay;
    static Completion justCreated;
    static Completion otherDone;
    static Completion selfElsewhere;

    @Inject
    EntityManager em;

    /**
     * Provider P: offerings O1 (K1) and O2 (K2); provider Q: O3 (K1). Five completions, one per kind of state. Fed once,
     * before the first test (RestAssured knows the test port only from then on).
     */
    @BeforeEach
    void feedOnce() {
        if (p == null) {
            int mark = EventFeed.mark();
            feed();
            Applied.since(em, mark);
        }
    }

    static void feed() {
        p = Provider.create("Completions P " + hex().substring(0, 6));
        q = Provider.create("Completions Q " + hex().substring(0, 6));
        member = KEYCLOAK.create("member");
        self = KEYCLOAK.create("self");
        other = KEYCLOAK.create("other");
        outsider = KEYCLOAK.create("outsider");
        p.grant(member, "support");
        k1 = Checklist.create("Security baseline", 2);
        k2 = Checklist.create("Data protection", 1);
        o1 = p.offering("Cloud VM", k1);
        o2 = p.offering("Storage", k2);
        Offering o3 = q.offering("Elsewhere", k1);
        OfferingUser selfOnO1 = o1.user(Person.of(self));
        selfDone = selfOnO1.completion().created();
        halfWay = o1.user(Person.named("Fay Fisher")).completion().created();
        justCreated = o1.user(Person.named("Gil Grant")).completion().created();
        otherDone = o2.user(Person.of(other)).completion().created();
        selfElsewhere = o3.user(Person.of(self)).completion().created();
        halfWay.answered(50.0, false, 1, false);
        selfDone.answered(100.0, true, 0, false);
        selfDone.reviewed(member, "Checked");
        otherDone.answered(100.0, true, 0, true);
        selfElsewhere.answered(25.0, false, 2, false);
        selfOnO1.update("Pending account linking", true);
    }

    @Test
    void eachKindOfCallerSeesItsOwnScope() {
        assertEquals(uuids(selfDone, selfElsewhere), sorted(uuidsOf(as(self).get(PATH))));
        assertEquals(uuids(otherDone), uuidsOf(as(other).get(PATH)));
        assertEquals(List.of(), uuidsOf(as(outsider).get(PATH)));
        assertEquals(uuids(selfDone, halfWay, justCreated, otherDone), sorted(uuidsOf(as(member).get(PATH))));
        for (TestUser global : List.of(staff(), support())) {
            assertEquals(uuids(selfDone, halfWay, justCreated, otherDone),
                    sorted(uuidsOf(as(global).get(PATH + "?customer_provider_uuid=" + p.customer))));
            assertEquals(uuids(selfElsewhere), uuidsOf(as(global).get(PATH + "?customer_provider_uuid=" + q.customer)));
        }
    }

    @Test
    void aFilterNeverWidensTheScope() {
        assertEquals(List.of(), uuidsOf(as(self).get(PATH + "?user_uuid=" + other.hexId())));
        assertEquals(List.of(), uuidsOf(as(self).get(PATH + "?offering_uuid=" + o2.uuid)));
        assertEquals(List.of(), uuidsOf(as(member).get(PATH + "?customer_provider_uuid=" + q.customer)));
        assertEquals(List.of(), uuidsOf(as(outsider).get(PATH + "?user_uuid=" + self.hexId())));
        assertEquals(uuids(selfDone), uuidsOf(as(member).get(PATH + "?user_uuid=" + self.hexId())));
    }

    @Test
    void everyFilterNarrowsTheList() {
        String inP = PATH + "?customer_provider_uuid=" + p.customer;
        assertEquals(uuids(selfDone, selfElsewhere), sorted(uuidsOf(as(staff()).get(PATH + "?user_uuid=" + self.hexId()))));
        assertEquals(uuids(selfDone, halfWay, justCreated), sorted(uuidsOf(as(staff()).get(PATH + "?offering_uuid="
                + o1.uuid))));
        assertEquals(uuids(otherDone), uuidsOf(as(staff()).get(inP + "&checklist_uuid=" + k2.uuid)));
        assertEquals(uuids(selfDone, otherDone), sorted(uuidsOf(as(staff()).get(inP + "&is_completed=true"))));
        assertEquals(uuids(halfWay, justCreated), sorted(uuidsOf(as(staff()).get(inP + "&is_completed=false"))));
        assertEquals(uuids(otherDone), uuidsOf(as(staff()).get(inP + "&requires_review=true")));
        assertEquals(uuids(selfDone, halfWay, justCreated), sorted(uuidsOf(as(staff()).get(inP + "&requires_review=False"))));
        assertEquals(uuids(selfDone, otherDone), sorted(uuidsOf(as(staff()).get(inP + "&modified_after="
                + selfDone.modified.minusNanos(1000)))));
        assertEquals(uuids(selfDone, halfWay, justCreated, otherDone),
                sorted(uuidsOf(as(staff()).get(inP + "&modified_after=2000-01-01"))));
        assertEquals(uuids(selfDone), uuidsOf(as(staff()).get(inP + "&user_uuid="
                + self.id() + "&is_completed=1&offering_uuid=" + o1.uuid)));
        assertEquals(List.of(), uuidsOf(as(staff()).get(PATH + "?offering_uuid=" + hex())));

        for (String field : List.of("user_uuid", "offering_uuid", "customer_provider_uuid", "checklist_uuid")) {
            as(staff()).get(PATH + "?" + field + "=nope").then().statusCode(400)
                    .body(field + "[0]", equalTo("Must be a valid UUID."));
        }
        as(staff()).get(PATH + "?is_completed=maybe").then().statusCode(400).body("is_completed[0]",
                startsWith("Must be a valid boolean"));
        as(staff()).get(PATH + "?requires_review=yes").then().statusCode(400);
        as(staff()).get(PATH + "?modified_after=yesterday").then().statusCode(400).body("modified_after[0]",
                equalTo("Enter a valid date/time."));
    }

    @Test
    void everyOrderingFieldBothWaysAndUnknownFieldsAreRefused() {
        String inP = PATH + "?customer_provider_uuid=" + p.customer + "&o=";
        List<Completion> all = List.of(selfDone, halfWay, justCreated, otherDone);
        Comparator<Completion> byModified = Comparator.comparing(c -> c.modified);
        Comparator<Completion> byCreated = Comparator.comparing(c -> c.created);
        assertEquals(ordered(all, byModified.reversed()), uuidsOf(as(staff()).get(PATH + "?customer_provider_uuid="
                + p.customer)));
        assertEquals(ordered(all, byModified), uuidsOf(as(staff()).get(inP + "modified")));
        assertEquals(ordered(all, byModified.reversed()), uuidsOf(as(staff()).get(inP + "-modified")));
        assertEquals(ordered(all, byCreated), uuidsOf(as(staff()).get(inP + "created")));
        assertEquals(ordered(all, byCreated.reversed()), uuidsOf(as(staff()).get(inP + "-created")));
        Comparator<Completion> completedFirst = Comparator.<Completion, Boolean>comparing(c -> c.completed).reversed();
        assertEquals(ordered(all, Comparator.<Completion, Boolean>comparing(c -> c.completed).thenComparing(byModified)),
                uuidsOf(as(staff()).get(inP + "is_completed,modified")));
        assertEquals(ordered(all, completedFirst.thenComparing(byCreated)),
                uuidsOf(as(staff()).get(inP + "-is_completed,created")));
        Comparator<Completion> byPercentage = Comparator.comparing(c -> c.percentage);
        assertEquals(ordered(all, byPercentage.thenComparing(byCreated)),
                uuidsOf(as(staff()).get(inP + "completion_percentage,created")));
        assertEquals(ordered(all, byPercentage.reversed().thenComparing(byModified.reversed())),
                uuidsOf(as(staff()).get(inP + "-completion_percentage,-modified")));
        as(staff()).get(inP + "name").then().statusCode(400).body("o[0]", startsWith("Unknown ordering field 'name'"));
        as(staff()).get(inP + "-modified,-uuid").then().statusCode(400);
        // "ordering" is not this API's parameter: ignored.
        as(staff()).get(PATH + "?ordering=name").then().statusCode(200);
    }

    /** Offering-level filters are counted from the offerings' counters; the totals must equal the rows listed. */
    @Test
    void countsFromTheOfferingsCountersMatchTheRows() {
        int mark = EventFeed.mark();
        Provider a = Provider.create("Counted A " + hex().substring(0, 6));
        Provider b = Provider.create("Counted B " + hex().substring(0, 6));
        TestUser manager = KEYCLOAK.create("manager");
        a.grant(manager, "manager");
        Checklist k = Checklist.create("Counted", 1);
        Offering oa = a.offering("Counted A", k);
        Offering ob = b.offering("Counted B", k);
        oa.user(Person.named("Ann Able")).completion().created().answered(100.0, true, 0, false);
        oa.user(Person.named("Ben Best")).completion().created();
        ob.user(Person.of(manager)).completion().created(); // their own, on a customer they are not a member of
        ob.user(Person.named("Cy Cole")).completion().created();
        Applied.since(em, mark);
        Map<String, Integer> expected = Map.of("", 3, "?is_completed=true", 1, "?is_completed=false", 2,
                "?customer_provider_uuid=" + b.customer, 1, "?customer_provider_uuid=" + a.customer + "&is_completed=false",
                1, "?offering_uuid=" + ob.uuid + "&is_completed=false", 1);
        expected.forEach((query, count) -> {
            var response = as(manager).get(PATH + (query.isEmpty() ? "?" : query + "&") + "page_size=300");
            assertEquals(count, uuidsOf(response).size(), query);
            assertEquals(Integer.toString(count), response.header("X-Result-Count"), query);
        });
        as(staff()).head(PATH + "?customer_provider_uuid=" + b.customer).then().header("X-Result-Count", "2");
    }

    @Test
    void pagesCarryTheCountAndLinksAndHeadCounts() {
        String base = Json.base() + PATH;
        as(member).get(PATH + "?page_size=3").then().statusCode(200).header("X-Result-Count", "4")
                .header("Link", equalTo("<" + base + "?page=1&page_size=3>; rel=\"first\", <" + base
                        + "?page=2&page_size=3>; rel=\"next\", <" + base + "?page=2&page_size=3>; rel=\"last\""))
                .body("size()", equalTo(3));
        as(member).get(PATH + "?page_size=3&page=2").then().statusCode(200).body("size()", equalTo(1));
        as(member).get(PATH + "?page_size=3&page=3").then().statusCode(404);
        as(member).get(PATH + "?page_size=1000").then().statusCode(200).header("Link", equalTo("<" + base
                + "?page=1&page_size=300>; rel=\"first\", <" + base + "?page=1&page_size=300>; rel=\"last\""));
        as(member).head(PATH).then().statusCode(200).header("X-Result-Count", "4").body(emptyOrNullString());
        as(member).head(PATH + "?is_completed=true").then().statusCode(200).header("X-Result-Count", "2");
        as(self).head(PATH).then().statusCode(200).header("X-Result-Count", "2");
        as(member).head(PATH + "?user_uuid=bad").then().statusCode(400);
        given().head(PATH).then().statusCode(401);
    }

    @Test
    void anItemHasTheSeedsFieldsWithTheNestedOfferingUser() {
        Map<String, Object> item = items(as(self).get(PATH + "?offering_uuid=" + o1.uuid)).get(0);
        assertEquals(map("uuid", selfDone.uuid, "offering_user_uuid", selfDone.offeringUser.uuid, "offering_name",
                "Cloud VM", "offering_uuid", o1.uuid, "customer_provider_uuid", p.customer, "customer_provider_name",
                p.name, "checklist_uuid", k1.uuid, "checklist_name", "Security baseline", "checklist_description",
                k1.description, "is_completed", true, "completion_percentage", 100.0,
                "unanswered_required_questions", 0, "requires_review", false, "reviewed_by", member.hexId(),
                "reviewed_at", selfDone.reviewedAt.toString(), "review_notes", "Checked", "created",
                selfDone.created.toString(), "modified", selfDone.modified.toString(), "due_at", null,
                "completed_at", selfDone.completedAt.toString(), "expires_at", null, "cycle", 1, "compliance_state",
                "completed", "offering_user",
                map("uuid", selfDone.offeringUser.uuid, "username", self.username(), "user_full_name",
                        self.fullName(), "user_email", self.email(), "state", "Pending account linking",
                        "is_restricted", true)),
                item);
        assertEquals(List.of("uuid", "offering_user_uuid", "offering_name", "offering_uuid", "customer_provider_uuid",
                "customer_provider_name", "checklist_uuid", "checklist_name", "checklist_description", "is_completed",
                "completion_percentage", "unanswered_required_questions", "requires_review", "reviewed_by",
                "reviewed_at", "review_notes", "created", "modified", "due_at", "completed_at", "expires_at", "cycle",
                "compliance_state", "offering_user"), List.copyOf(item.keySet()));
        assertEquals(List.of("0.0|2|null"), lines(items(as(staff()).get(PATH + "?offering_uuid=" + o1.uuid
                + "&is_completed=false&o=created")).subList(1, 2), "completion_percentage",
                "unanswered_required_questions", "reviewed_at"));
    }

    @Test
    void theDetailIsByCompletionUuidWithinTheSameScope() {
        as(self).get(PATH + selfDone.uuid + "/").then().statusCode(200).body("uuid", equalTo(selfDone.uuid))
                .body("offering_user.uuid", equalTo(selfDone.offeringUser.uuid));
        as(self).get(PATH + Json.hyphenated(selfDone.uuid) + "/").then().statusCode(200);
        as(member).get(PATH + selfDone.uuid + "/").then().statusCode(200);
        as(staff()).get(PATH + selfElsewhere.uuid + "/").then().statusCode(200);
        as(self).get(PATH + halfWay.uuid + "/").then().statusCode(404).body("detail", equalTo("Not found."));
        as(member).get(PATH + selfElsewhere.uuid + "/").then().statusCode(404);
        as(outsider).get(PATH + selfDone.uuid + "/").then().statusCode(404);
        as(self).get(PATH + hex() + "/").then().statusCode(404);
        as(self).get(PATH + "not-a-uuid/").then().statusCode(404);
        given().get(PATH + selfDone.uuid + "/").then().statusCode(401);
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            as(staff()).contentType("application/json").body("{}").request(method, PATH + selfDone.uuid + "/").then()
                    .statusCode(405).body("detail", equalTo("Method not allowed."));
        }
        as(staff()).contentType("application/json").body("{}").post(PATH).then().statusCode(405);
    }

    private static List<String> uuidsOf(io.restassured.response.Response response) {
        return lines(items(response), "uuid");
    }

    private static List<String> uuids(Completion... completions) {
        return sorted(Stream.of(completions).map(c -> c.uuid).toList());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    /** The completions in the given order, ties broken by uuid as the service does. */
    private static List<String> ordered(List<Completion> completions, Comparator<Completion> order) {
        return completions.stream().sorted(order.thenComparing(c -> c.uuid)).map(c -> c.uuid).toList();
    }
}
