package org.offeringcompliance.marketplace.provider;

import static org.hamcrest.Matchers.equalTo;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class ProviderResourceTest {

    static final String PROVIDERS = "/api/marketplace-service-providers/";

    @Test
    void anOwnerRegistersTheCustomerOnce() {
        String customer = Marketplace.createCustomer("Provider Co");
        TestUser owner = KEYCLOAK.create("owner");
        TestUser manager = KEYCLOAK.create("manager");
        Marketplace.addRole(customer, owner, "owner");
        Marketplace.addRole(customer, manager, "manager");
        as(manager).body(Map.of("customer", customer)).post(PROVIDERS).then().statusCode(403);
        String provider = as(owner).body(Map.of("customer", customer)).post(PROVIDERS).then().statusCode(201)
                .body("customer_uuid", equalTo(customer)).body("customer_name", equalTo("Provider Co")).extract()
                .path("uuid");
        as(owner).body(Map.of("customer", customer)).post(PROVIDERS).then().statusCode(409);
        as(KEYCLOAK.create("anyone")).get(PROVIDERS + "{p}/", provider).then().statusCode(200)
                .body("customer_uuid", equalTo(customer));
        as(KEYCLOAK.create("anyone")).get(PROVIDERS + "?customer_uuid={c}", customer).then().statusCode(200)
                .header("X-Result-Count", "1");
    }

    @Test
    void outsidersAndBadInputAreRefused() {
        String customer = Marketplace.createCustomer("Provider Outsider");
        as(KEYCLOAK.create("outsider")).body(Map.of("customer", customer)).post(PROVIDERS).then().statusCode(400);
        as(Marketplace.staff()).body(Map.of("customer", "zzz")).post(PROVIDERS).then().statusCode(400)
                .body("customer[0]", equalTo("Must be a valid UUID."));
        as(Marketplace.staff()).body("{}").post(PROVIDERS).then().statusCode(400);
        as(Marketplace.staff()).get(PROVIDERS + "nope/").then().statusCode(404);
    }
}
