package org.offeringcompliance.reporting.completion;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.EventFeed;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Checklist;
import org.offeringcompliance.reporting.Scenario.Completion;
import org.offeringcompliance.reporting.Scenario.Offering;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class CompletionResourceTest {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    static final String PATH = "/api/marketplace-offering-user-checklist-completions/";

    @Test
    void aNewUserHasNoCompletions() {
        String token = KEYCLOAK.token(KEYCLOAK.create("newcomer"));
        given().auth().oauth2(token).get(PATH).then().statusCode(200).body("$", hasSize(0))
                .header("X-Result-Count", "0");
        given().auth().oauth2(token).head(PATH).then().statusCode(200).header("X-Result-Count", "0");
        given().auth().oauth2(token).get(PATH + "?page=2").then().statusCode(404);
        given().auth().oauth2(token).get(PATH + "?page_size=abc").then().statusCode(400)
                .body("page_size[0]", equalTo("A valid integer is required."));
    }

    @Test
    void aCompletionKeptForAuditStaysReadableWithItsNumbers() {
        TestUser user = KEYCLOAK.create("audited");
        TestUser stranger = KEYCLOAK.create("stranger");
        Provider p = Provider.create("Audit " + EventFeed.hex().substring(0, 6));
        Checklist first = Checklist.create("First", 2);
        Offering offering = p.offering("Switched", first);
        Completion kept = offering.user(Person.of(user)).completion().created();
        kept.answered(50.0, false, 1, false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(KEYCLOAK.token(user))
                .get(PATH + kept.uuid + "/").then().statusCode(200).body("completion_percentage", equalTo(50.0f)));
        offering.assign(Checklist.create("Second", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(KEYCLOAK.token(user))
                .get(PATH + "?checklist_uuid=" + first.uuid).then().header("X-Result-Count", "0"));
        given().auth().oauth2(KEYCLOAK.token(user)).get(PATH + kept.uuid + "/").then().statusCode(200)
                .body("uuid", equalTo(kept.uuid)).body("checklist_uuid", equalTo(first.uuid))
                .body("checklist_name", equalTo("First")).body("completion_percentage", equalTo(50.0f))
                .body("offering_user.user_full_name", equalTo(user.fullName())).body("cycle", equalTo(1))
                .body("compliance_state", equalTo("pending")).body("due_at", equalTo(null));
        given().auth().oauth2(KEYCLOAK.token(stranger)).get(PATH + kept.uuid + "/").then().statusCode(404);
    }

    @Test
    void writesAreNotAllowedAndAnonymousIsRefused() {
        given().get(PATH).then().statusCode(401);
        String token = KEYCLOAK.token(KEYCLOAK.create("writer"));
        given().auth().oauth2(token).contentType("application/json").body("{}").post(PATH).then().statusCode(405)
                .body("detail", equalTo("Method not allowed."));
    }
}
