package org.offeringcompliance.reporting.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Checklist;
import org.offeringcompliance.reporting.Scenario.Completion;
import org.offeringcompliance.reporting.Scenario.Offering;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;
import org.offeringcompliance.testing.StatementCounter;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every endpoint runs the same number of SQL statements for a page of 1 as for a page of many. */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class QueryCountTest {

    static final String COMPLETIONS = "/api/marketplace-offering-user-checklist-completions/";

    @Inject
    EntityManagerFactory emf;

    @Test
    void statementsPerPageDoNotGrowWithThePageSize() {
        TestUser member = KEYCLOAK.create("member");
        Provider p = Provider.create("Counted " + hex().substring(0, 6));
        p.grant(member, "manager");
        for (int i = 0; i < 4; i++) {
            Offering offering = p.offering("Counted " + i, Checklist.create("Counted checklist " + i, 2));
            for (int u = 0; u < 3; u++) {
                Completion completion = offering.user(Person.named("Counted User" + u)).completion();
                completion.dueAt = Instant.parse("2026-01-15T10:30:00Z").plus(Duration.ofDays(u));
                completion.created().answered(50.0, false, 1, false);
                if (u < 2) {
                    completion.overdue();
                }
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(member).get(COMPLETIONS).then().statusCode(200)
                .header("X-Result-Count", "12"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(member).get(p.path("offering_users")
                + "?compliance_status=overdue").then().statusCode(200).header("X-Result-Count", "8"));

        assertConstant(member, COMPLETIONS);
        assertConstant(member, COMPLETIONS + "?is_completed=false&o=-completion_percentage,created");
        assertConstant(staff(), COMPLETIONS + "?customer_provider_uuid=" + p.customer);
        assertConstant(member, p.path("compliance_overview"));
        assertConstant(member, p.path("offering_users"));
        assertConstant(member, p.path("offering_users") + "?compliance_status=pending");
        assertConstant(member, p.path("offering_users") + "?compliance_status=overdue");
        assertConstant(member, COMPLETIONS + "?compliance_state=overdue&due_before=2026-02-01&o=-due_at");
        assertConstant(member, p.path("checklists_summary"));
        assertConstant(staff(), p.path("checklists_summary"));
    }

    private void assertConstant(TestUser caller, String path) {
        String separator = path.contains("?") ? "&" : "?";
        long one = statements(caller, path + separator + "page_size=1", 1);
        // The large page must hold several rows, or it proves nothing about statements growing with rows.
        long many = statements(caller, path + separator + "page_size=300", 2);
        assertTrue(one > 0, path);
        assertEquals(one, many, path + ": statements for a page of 1 and of 300");
        assertTrue(many <= 4, path + ": " + many + " statements");
    }

    private long statements(TestUser caller, String path, int rows) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        return StatementCounter.statementsOf(stats,
                () -> as(caller).get(path).then().statusCode(200).extract().jsonPath().getList("$").size(), rows);
    }
}
