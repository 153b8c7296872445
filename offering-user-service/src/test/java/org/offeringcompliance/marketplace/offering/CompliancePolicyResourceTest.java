package org.offeringcompliance.marketplace.offering;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;
import static org.offeringcompliance.marketplace.Marketplace.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.Marketplace.Provider;
import org.offeringcompliance.marketplace.MarketplaceTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class CompliancePolicyResourceTest {

    static final String POLICY = "/api/marketplace-provider-offerings/{o}/compliance_policy/";

    @Test
    void anOfferingStartsWithTheDefaultPolicy() {
        Provider p = Marketplace.provider("Default policy");
        as(p.support()).get(POLICY, p.offering()).then().statusCode(200).body("due_days", nullValue())
                .body("reminder_days", contains(7, 1, 0)).body("overdue_every_days", equalTo(7))
                .body("escalate_after", nullValue()).body("recertify_every_days", nullValue())
                .body("grace_days", equalTo(14));
    }

    @Test
    void putReplacesTheWholePolicy() {
        Provider p = Marketplace.provider("Replaced policy");
        as(p.manager()).body(Map.of("due_days", 10, "reminder_days", List.of(1, 7, 0, 7), "escalate_after", 3,
                "recertify_every_days", 365, "grace_days", 30)).put(POLICY, p.offering()).then().statusCode(200)
                .body("due_days", equalTo(10)).body("reminder_days", contains(7, 1, 0));
        as(p.owner()).body(Map.of("due_days", 5)).put(POLICY, p.offering()).then().statusCode(200)
                .body("due_days", equalTo(5)).body("escalate_after", nullValue())
                .body("recertify_every_days", nullValue()).body("grace_days", equalTo(14));
        as(p.member()).get(POLICY, p.offering()).then().statusCode(403);
        as(p.support()).get(POLICY, p.offering()).then().statusCode(200).body("due_days", equalTo(5));
    }

    @Test
    void badValuesAreFieldErrorsAndChangeNothing() {
        Provider p = Marketplace.provider("Bad policy");
        as(staff()).body(Map.of("due_days", 0, "reminder_days", List.of(-1), "overdue_every_days", 31,
                "escalate_after", "3", "recertify_every_days", 29, "grace_days", 181)).put(POLICY, p.offering()).then()
                .statusCode(400).body("due_days[0]", equalTo("Ensure this value is greater than or equal to 1."))
                .body("reminder_days[0]", equalTo("Ensure this value is greater than or equal to 0."))
                .body("overdue_every_days[0]", equalTo("Ensure this value is less than or equal to 30."))
                .body("escalate_after[0]", equalTo("A valid integer is required."))
                .body("recertify_every_days[0]", equalTo("Ensure this value is greater than or equal to 30."))
                .body("grace_days[0]", equalTo("Ensure this value is less than or equal to 180."));
        as(staff()).body("{\"grace_days\": null}").put(POLICY, p.offering()).then().statusCode(400)
                .body("grace_days[0]", equalTo("This field may not be null."));
        as(staff()).body("[1]").put(POLICY, p.offering()).then().statusCode(400);
        as(staff()).get(POLICY, p.offering()).then().body("due_days", nullValue()).body("grace_days", equalTo(14));
    }

    @Test
    void onlyOwnersManagersAndStaffWriteOthersGet403AndUnknownOfferings404() {
        Provider p = Marketplace.provider("Policy writers");
        as(p.support()).body(Map.of("due_days", 3)).put(POLICY, p.offering()).then().statusCode(403);
        as(p.member()).body(Map.of("due_days", 3)).put(POLICY, p.offering()).then().statusCode(403);
        as(KEYCLOAK.create("stranger")).get(POLICY, p.offering()).then().statusCode(403);
        as(staff()).get(POLICY, UUID.randomUUID().toString()).then().statusCode(404);
        as(staff()).body(Map.of("due_days", 3)).put(POLICY, UUID.randomUUID().toString()).then().statusCode(404);
        as(staff()).body(Map.of("due_days", 3)).put(POLICY, p.offering()).then().statusCode(200);
    }
}
