package org.offeringcompliance.marketplace.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;
import static org.offeringcompliance.marketplace.Marketplace.staff;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class CustomerResourceTest {

    @Test
    void staffCreatesACustomer() {
        as(staff()).body(Map.of("name", "Acme")).post("/api/customers/").then().statusCode(201)
                .body("uuid", matchesPattern("[0-9a-f]{32}")).body("name", equalTo("Acme"))
                .body("created", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    @Test
    void onlyStaffCreatesCustomers() {
        as(KEYCLOAK.create("plain")).body(Map.of("name", "Nope")).post("/api/customers/").then().statusCode(403);
        as(KEYCLOAK.create("gsupport", "support")).body(Map.of("name", "Nope")).post("/api/customers/").then()
                .statusCode(403);
        given().contentType("application/json").body(Map.of("name", "Nope")).post("/api/customers/").then()
                .statusCode(401);
    }

    @Test
    void badBodiesAre400AndCreateNothing() throws Exception {
        long before = countCustomers();
        as(staff()).body("{\"name\": ").post("/api/customers/").then().statusCode(400).body("detail",
                equalTo("Malformed JSON or wrong value types in the request body."));
        as(staff()).body("{}").post("/api/customers/").then().statusCode(400)
                .body("name[0]", equalTo("This field is required."));
        as(staff()).body(Map.of("name", " ")).post("/api/customers/").then().statusCode(400);
        as(staff()).body(Map.of("name", "x".repeat(256))).post("/api/customers/").then().statusCode(400);
        as(staff()).body("[1,2]").post("/api/customers/").then().statusCode(400);
        as(staff()).contentType("text/plain").body("name=x").post("/api/customers/").then().statusCode(415)
                .body("detail", equalTo("Unsupported media type: send application/json."));
        // Unparseable or wrongly typed bodies: a JSON 400, a field error where the field is known, nothing coerced.
        as(staff()).body("[{").post("/api/customers/").then().statusCode(400).body("detail",
                equalTo("Malformed JSON or wrong value types in the request body."));
        as(staff()).body("{\"name\": \"a\", \"name\": true}").post("/api/customers/").then().statusCode(400)
                .body("detail", equalTo("Malformed JSON or wrong value types in the request body."));
        as(staff()).body("{\"name\": 5}").post("/api/customers/").then().statusCode(400)
                .body("name[0]", equalTo("Not a valid string."));
        as(staff()).body("{\"name\": [\"x\"]}").post("/api/customers/").then().statusCode(400)
                .body("name[0]", equalTo("Not a valid string."));
        as(staff()).body("{\"name\": {\"a\": 1}}").post("/api/customers/").then().statusCode(400)
                .body("name[0]", equalTo("Not a valid string."));
        as(staff()).body("[".repeat(50_000) + "]".repeat(50_000)).post("/api/customers/").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.notNullValue());
        // A body without a Content-Type is not taken for JSON.
        var untyped = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/customers/"))
                .header("Authorization", "Bearer " + KEYCLOAK.token(staff()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Untyped\"}")).build();
        var refused = java.net.http.HttpClient.newHttpClient().send(untyped,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(415, refused.statusCode(), refused.body());
        org.junit.jupiter.api.Assertions.assertTrue(refused.body().contains("send application/json"));
        // Text that cannot be stored as given: a field error, never a 500, an empty name or a "?".
        as(staff()).body("{\"name\": \"a\\u0000b\"}").post("/api/customers/").then().statusCode(400)
                .body("name[0]", equalTo("Control characters are not allowed."));
        as(staff()).body("{\"name\": \"\\u0001\"}").post("/api/customers/").then().statusCode(400)
                .body("name[0]", equalTo("Control characters are not allowed."));
        as(staff()).body("{\"name\": \"a\\ud800b\"}").post("/api/customers/").then().statusCode(400)
                .body("name[0]", equalTo("Not valid Unicode text."));
        as(staff()).body(Map.of("name", "Ünïcode 😀 ok")).post("/api/customers/").then().statusCode(201);
        before++;
        org.junit.jupiter.api.Assertions.assertEquals(before, countCustomers());
    }

    @Test
    void aNulInAQueryOrAPageFarPastTheEndIsAClear4xx() {
        as(staff()).urlEncodingEnabled(false).get("/api/marketplace-provider-offerings/?name=a%00b").then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.notNullValue());
        io.restassured.RestAssured.given().get("/api/marketplace-public-offerings/?page=10000000&page_size=300").then()
                .statusCode(404).body("detail", equalTo("Invalid page."));
    }

    @Test
    void membersSeeOnlyTheirCustomers() {
        String mine = Marketplace.createCustomer("Mine");
        String other = Marketplace.createCustomer("Other");
        TestUser manager = KEYCLOAK.create("manager");
        Marketplace.addRole(mine, manager, "manager");

        as(manager).get("/api/customers/").then().statusCode(200).body("uuid", hasItem(mine))
                .body("uuid", not(hasItem(other))).header("X-Result-Count", "1");
        as(manager).get("/api/customers/{c}/", mine).then().statusCode(200);
        as(manager).get("/api/customers/{c}/", other).then().statusCode(404);
        as(KEYCLOAK.create("gsupport", "support")).get("/api/customers/{c}/", other).then().statusCode(200);
        as(staff()).get("/api/customers/?page_size=300").then().statusCode(200).body("uuid", hasItem(other));
    }

    @Test
    void ownerManagesMembers() {
        String customer = Marketplace.createCustomer("Members");
        TestUser owner = KEYCLOAK.create("owner");
        TestUser manager = KEYCLOAK.create("manager");
        TestUser newcomer = KEYCLOAK.create("newcomer");
        Marketplace.addRole(customer, owner, "owner");
        Marketplace.addRole(customer, manager, "manager");

        as(manager).body(Map.of("user", newcomer.hexId(), "role", "support"))
                .post("/api/customers/{c}/add_user/", customer).then().statusCode(403);
        as(owner).body(Map.of("user", newcomer.id().toString(), "role", "support"))
                .post("/api/customers/{c}/add_user/", customer).then().statusCode(201)
                .body("user_uuid", equalTo(newcomer.hexId())).body("username", equalTo(newcomer.username()))
                .body("email", equalTo(newcomer.email())).body("role", equalTo("support"));
        as(owner).body(Map.of("user", newcomer.hexId(), "role", "support"))
                .post("/api/customers/{c}/add_user/", customer).then().statusCode(409);

        as(manager).get("/api/customers/{c}/list_users/", customer).then().statusCode(200).body("$", hasSize(3))
                .body("role", hasItem("support"));

        as(owner).body(Map.of("user", newcomer.hexId(), "role", "support"))
                .post("/api/customers/{c}/delete_user/", customer).then().statusCode(204);
        as(newcomer).get("/api/customers/{c}/", customer).then().statusCode(404);
        as(owner).body(Map.of("user", newcomer.hexId(), "role", "support"))
                .post("/api/customers/{c}/delete_user/", customer).then().statusCode(400);
    }

    @Test
    void addUserRejectsUnknownUsersRolesAndMalformedUuids() {
        String customer = Marketplace.createCustomer("Rejects");
        as(staff()).body(Map.of("user", UUID.randomUUID().toString(), "role", "owner"))
                .post("/api/customers/{c}/add_user/", customer).then().statusCode(400)
                .body("user[0]", matchesPattern("User [0-9a-f]{32} does not exist."));
        as(staff()).body(Map.of("user", "not-a-uuid", "role", "owner")).post("/api/customers/{c}/add_user/", customer)
                .then().statusCode(400).body("user[0]", equalTo("Must be a valid UUID."));
        as(staff()).body(Map.of("user", KEYCLOAK.create("x").hexId(), "role", "admin"))
                .post("/api/customers/{c}/add_user/", customer).then().statusCode(400).body("role", hasSize(1));
        as(staff()).get("/api/customers/{c}/list_users/", customer).then().statusCode(200).body("$", hasSize(0));
        as(staff()).body(Map.of("user", KEYCLOAK.create("x").hexId(), "role", "owner"))
                .post("/api/customers/{c}/add_user/", "0f8fad5bd9cb469fa16570867728950e").then().statusCode(404);
    }

    @Test
    void listsArePaginatedWithLinks() {
        for (int i = 0; i < 3; i++) {
            Marketplace.createCustomer("Paged " + i);
        }
        as(staff()).get("/api/customers/?page_size=2&page=1&o=-created").then().statusCode(200)
                .body("$", hasSize(2)).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        as(staff()).get("/api/customers/?o=password").then().statusCode(400).body("o", hasSize(1));
        as(staff()).get("/api/customers/?page=100000").then().statusCode(404);
        as(staff()).head("/api/customers/").then().statusCode(200).header("X-Result-Count", matchesPattern("\\d+"));
        as(staff()).get("/api/customers/?page_size=1000").then().statusCode(200).body("uuid",
                everyItem(matchesPattern("[0-9a-f]{32}")));
    }

    private static long countCustomers() {
        return Long.parseLong(as(staff()).head("/api/customers/").header("X-Result-Count"));
    }
}
