package org.offeringcompliance.marketplace.offeringuser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;
import static org.offeringcompliance.marketplace.Marketplace.staff;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.Marketplace.Provider;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class OfferingUserResourceTest {

    static final String OU = "/api/marketplace-offering-users/";

    @Test
    void managerCreatesAnOfferingUserWithTheUsersDetailsFromKeycloak() {
        Provider p = Marketplace.provider("Create OU");
        TestUser newcomer = KEYCLOAK.create("newcomer");
        as(p.manager()).body(Map.of("offering", p.offering(), "user", newcomer.hexId())).post(OU).then()
                .statusCode(201).body("offering_uuid", equalTo(p.offering()))
                .body("offering_name", equalTo("Create OU offering")).body("user_uuid", equalTo(newcomer.hexId()))
                .body("user_full_name", equalTo(newcomer.fullName())).body("user_email", equalTo(newcomer.email()))
                .body("state", equalTo("Requested")).body("is_restricted", equalTo(false))
                .body("has_compliance_checklist", equalTo(false));
        as(p.manager()).body(Map.of("offering", p.offering(), "user", newcomer.hexId())).post(OU).then()
                .statusCode(409);
    }

    @Test
    void creationIsRefusedToOthersAndForBadInput() {
        Provider p = Marketplace.provider("Refuse OU");
        TestUser newcomer = KEYCLOAK.create("newcomer");
        as(p.support()).body(Map.of("offering", p.offering(), "user", newcomer.hexId())).post(OU).then()
                .statusCode(403);
        as(p.member()).body(Map.of("offering", p.offering(), "user", newcomer.hexId())).post(OU).then()
                .statusCode(400).body("offering[0]", equalTo("Offering not found."));
        as(p.owner()).body(Map.of("offering", p.offering(), "user", UUID.randomUUID().toString())).post(OU).then()
                .statusCode(400).body("user", hasSize(1));
        as(p.owner()).body(Map.of("offering", "x", "user", "y")).post(OU).then().statusCode(400)
                .body("offering[0]", equalTo("Must be a valid UUID.")).body("user[0]", equalTo("Must be a valid UUID."));
        as(p.owner()).body("{\"offering\": 5, \"user\": [1]}").post(OU).then().statusCode(400);
        as(p.owner()).body(Map.of("offering", p.offering(), "user", newcomer.hexId(), "username", "jd\u0001"))
                .post(OU).then().statusCode(400).body("username[0]", equalTo("Control characters are not allowed."));
        as(p.owner()).get(OU + "?offering_uuid={o}", p.offering()).then().body("$", hasSize(1));
    }

    @Test
    void visibilityFollowsThePermissionTable() {
        Provider p = Marketplace.provider("See OU");
        Provider other = Marketplace.provider("Other OU");
        for (TestUser allowed : new TestUser[]{p.member(), p.owner(), p.manager(), p.support(), staff(),
                KEYCLOAK.create("gsupport", "support")}) {
            as(allowed).get(OU + "{ou}/", p.offeringUser()).then().statusCode(200);
        }
        for (TestUser refused : new TestUser[]{other.member(), other.owner(), KEYCLOAK.create("plain")}) {
            as(refused).get(OU + "{ou}/", p.offeringUser()).then().statusCode(404);
        }
        as(p.member()).get(OU).then().body("uuid", hasItem(p.offeringUser()))
                .body("uuid", not(hasItem(other.offeringUser())));
        as(other.owner()).get(OU + "?user_uuid={u}", p.member().hexId()).then().body("$", hasSize(0));
        as(staff()).get(OU + "?user_uuid={u}", p.member().hexId()).then().body("$", hasSize(1));
        as(staff()).get(OU + "?user_uuid=bad").then().statusCode(400);
        given().get(OU).then().statusCode(401);
    }

    @Test
    void ownersAndManagersEditAndDeleteTheUserThemselfCannot() {
        Provider p = Marketplace.provider("Edit OU");
        as(p.member()).body(Map.of("state", "OK")).patch(OU + "{ou}/", p.offeringUser()).then().statusCode(403);
        as(p.support()).body(Map.of("state", "OK")).patch(OU + "{ou}/", p.offeringUser()).then().statusCode(403);
        as(p.manager()).body(Map.of("state", "Pending account linking", "is_restricted", true, "username", "jd"))
                .patch(OU + "{ou}/", p.offeringUser()).then().statusCode(200)
                .body("state", equalTo("Pending account linking")).body("is_restricted", equalTo(true))
                .body("username", equalTo("jd"));
        as(p.manager()).body(Map.of("state", "Sleeping")).patch(OU + "{ou}/", p.offeringUser()).then().statusCode(400)
                .body("state", hasSize(1));
        as(p.manager()).body("{\"is_restricted\": \"yes\"}").patch(OU + "{ou}/", p.offeringUser()).then()
                .statusCode(400);
        as(p.manager()).body("{\"state\": null, \"username\": null}").patch(OU + "{ou}/", p.offeringUser()).then()
                .statusCode(400).body("state[0]", equalTo("This field may not be null."))
                .body("username[0]", equalTo("This field may not be null."));
        as(p.manager()).get(OU + "?state=Pending account linking").then().body("uuid", hasItem(p.offeringUser()));
        as(p.member()).delete(OU + "{ou}/", p.offeringUser()).then().statusCode(403);
        as(p.owner()).delete(OU + "{ou}/", p.offeringUser()).then().statusCode(204);
        as(p.owner()).get(OU + "{ou}/", p.offeringUser()).then().statusCode(404);
    }
}
