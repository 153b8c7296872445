package org.offeringcompliance.marketplace;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.specification.RequestSpecification;

/** Builds marketplace fixtures through the API with real Keycloak users and tokens. */
public final class Marketplace {

    public static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    private static TestUser staff;

    private Marketplace() {}

    public static synchronized TestUser staff() {
        if (staff == null) {
            staff = KEYCLOAK.create("staff", "staff");
        }
        return staff;
    }

    public static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user)).contentType("application/json");
    }

    public static String createCustomer(String name) {
        return as(staff()).body(Map.of("name", name)).post("/api/customers/").then().statusCode(201).extract()
                .path("uuid");
    }

    public static void addRole(String customer, TestUser user, String role) {
        as(staff()).body(Map.of("user", user.hexId(), "role", role)).post("/api/customers/{c}/add_user/", customer)
                .then().statusCode(201);
    }

    public static String createProvider(String customer) {
        return as(staff()).body(Map.of("customer", customer)).post("/api/marketplace-service-providers/").then()
                .statusCode(201).extract().path("uuid");
    }

    public static String createOffering(String customer, String name) {
        return as(staff()).body(Map.of("name", name, "customer", customer))
                .post("/api/marketplace-provider-offerings/").then().statusCode(201).extract().path("uuid");
    }

    public static String createOfferingUser(String offering, TestUser user) {
        return as(staff()).body(Map.of("offering", offering, "user", user.hexId(), "username", user.username()))
                .post("/api/marketplace-offering-users/").then().statusCode(201).extract().path("uuid");
    }

    /** A provider customer with an owner, a manager and a (customer) support member, one offering and one user. */
    public record Provider(String customer, String provider, String offering, String offeringUser, TestUser owner,
            TestUser manager, TestUser support, TestUser member) {}

    public static Provider provider(String name) {
        String customer = createCustomer(name);
        TestUser owner = KEYCLOAK.create("owner");
        TestUser manager = KEYCLOAK.create("manager");
        TestUser support = KEYCLOAK.create("custsupport");
        TestUser member = KEYCLOAK.create("member");
        addRole(customer, owner, "owner");
        addRole(customer, manager, "manager");
        addRole(customer, support, "support");
        String provider = createProvider(customer);
        String offering = createOffering(customer, name + " offering");
        String offeringUser = createOfferingUser(offering, member);
        return new Provider(customer, provider, offering, offeringUser, owner, manager, support, member);
    }
}
