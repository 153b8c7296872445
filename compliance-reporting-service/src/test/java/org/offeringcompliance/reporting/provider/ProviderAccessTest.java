package org.offeringcompliance.reporting.provider;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;
import static org.offeringcompliance.reporting.Scenario.support;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.Json;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** LIST_SERVICE_PROVIDER_CUSTOMERS: any role on the provider's customer, staff and global support; 403 otherwise. */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class ProviderAccessTest {

    static final List<String> REPORTS = List.of("compliance_overview", "offering_users", "checklists_summary");

    @Test
    void membersStaffAndSupportReadTheReportsOthersAreRefused() {
        Provider p = Provider.create("Access " + hex().substring(0, 6));
        TestUser owner = KEYCLOAK.create("owner");
        TestUser manager = KEYCLOAK.create("manager");
        TestUser customerSupport = KEYCLOAK.create("custsupport");
        TestUser outsider = KEYCLOAK.create("outsider");
        TestUser offeringUser = KEYCLOAK.create("ouser");
        p.grant(owner, "owner");
        p.grant(manager, "manager");
        p.grant(customerSupport, "support");
        p.offering("Guarded", null).user(Person.of(offeringUser));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(customerSupport)
                .get(p.path("offering_users")).then().statusCode(200).header("X-Result-Count", "1"));

        for (String report : REPORTS) {
            for (TestUser allowed : List.of(owner, manager, customerSupport, staff(), support())) {
                as(allowed).get(p.path(report)).then().statusCode(200);
            }
            for (TestUser refused : List.of(outsider, offeringUser)) {
                as(refused).get(p.path(report)).then().statusCode(403)
                        .body("detail", equalTo("You do not have permission to perform this action."));
            }
            String unknown = "/api/marketplace-service-providers/" + hex() + "/compliance/" + report + "/";
            as(staff()).get(unknown).then().statusCode(404).body("detail", equalTo("Not found."));
            as(owner).get(unknown).then().statusCode(404);
            as(staff()).get("/api/marketplace-service-providers/not-a-uuid/compliance/" + report + "/").then()
                    .statusCode(404);
            given().get(p.path(report)).then().statusCode(401);
            as(owner).contentType("application/json").body("{}").post(p.path(report)).then().statusCode(405);
        }
        // The provider's hyphenated uuid names it too.
        as(owner).get(p.path("compliance_overview").replace(p.uuid, Json.hyphenated(p.uuid))).then()
                .statusCode(200);

        p.revoke(manager, "manager");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(manager).get(p.path("compliance_overview")).then().statusCode(403));
    }
}
