package org.offeringcompliance.marketplace.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;
import static org.offeringcompliance.marketplace.Marketplace.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.Marketplace.Provider;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every cell of API.md's permission table for the marketplace: each kind of caller against each protected action.
 */
@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class PermissionMatrixTest {

    enum Who {
        OWNER, MANAGER, CUSTOMER_SUPPORT, STAFF, GLOBAL_SUPPORT, OFFERING_USER, OUTSIDER
    }

    record Action(String name, BiFunction<TestUser, Provider, Integer> call, Map<Who, Integer> expected) {}

    static Map<Who, Integer> statuses(int owner, int manager, int custSupport, int staff, int globalSupport,
            int offeringUser, int outsider) {
        Map<Who, Integer> m = new LinkedHashMap<>();
        m.put(Who.OWNER, owner);
        m.put(Who.MANAGER, manager);
        m.put(Who.CUSTOMER_SUPPORT, custSupport);
        m.put(Who.STAFF, staff);
        m.put(Who.GLOBAL_SUPPORT, globalSupport);
        m.put(Who.OFFERING_USER, offeringUser);
        m.put(Who.OUTSIDER, outsider);
        return m;
    }

    static final String OFFERING = "/api/marketplace-provider-offerings/{o}/";
    static final String OU = "/api/marketplace-offering-users/{ou}/";

    static final List<Action> ACTIONS = List.of(
            new Action("see the customer", (u, p) -> as(u).get("/api/customers/{c}/", p.customer()).statusCode(),
                    statuses(200, 200, 200, 200, 200, 404, 404)),
            new Action("add a customer member", (u, p) -> as(u).body(Map.of("user", KEYCLOAK.create("x").hexId(),
                    "role", "support")).post("/api/customers/{c}/add_user/", p.customer()).statusCode(),
                    statuses(201, 403, 403, 201, 403, 404, 404)),
            new Action("see the provider's offering", (u, p) -> as(u).get(OFFERING, p.offering()).statusCode(),
                    statuses(200, 200, 200, 200, 200, 404, 404)),
            new Action("edit the offering (UPDATE_OFFERING_OPTIONS)", (u, p) -> as(u).body(Map.of("name", "Edited"))
                    .patch(OFFERING, p.offering()).statusCode(), statuses(200, 200, 403, 200, 403, 404, 404)),
            new Action("create an offering", (u, p) -> as(u).body(Map.of("name", "New", "customer", p.customer()))
                    .post("/api/marketplace-provider-offerings/").statusCode(), statuses(201, 201, 403, 201, 403, 400, 400)),
            new Action("see the offering user", (u, p) -> as(u).get(OU, p.offeringUser()).statusCode(),
                    statuses(200, 200, 200, 200, 200, 200, 404)),
            new Action("create an offering user (UPDATE_OFFERING_USER)", (u, p) -> as(u).body(Map.of("offering",
                    p.offering(), "user", KEYCLOAK.create("x").hexId())).post("/api/marketplace-offering-users/")
                    .statusCode(), statuses(201, 201, 403, 201, 403, 400, 400)),
            new Action("edit the offering user", (u, p) -> as(u).body(Map.of("is_restricted", true))
                    .patch(OU, p.offeringUser()).statusCode(), statuses(200, 200, 403, 200, 403, 403, 404)),
            new Action("delete the offering user", (u, p) -> as(u).delete(OU, p.offeringUser()).statusCode(),
                    statuses(204, 204, 403, 204, 403, 403, 404)));

    @Test
    void everyCallerGetsExactlyTheStatusTheTableGives() {
        TestUser globalSupport = KEYCLOAK.create("gsupport", "support");
        TestUser outsider = KEYCLOAK.create("outsider");
        List<String> wrong = new ArrayList<>();
        for (Action action : ACTIONS) {
            Provider shared = Marketplace.provider("Matrix");
            for (Map.Entry<Who, Integer> cell : action.expected().entrySet()) {
                // A successful delete removes the object: those cells get a provider of their own.
                Provider p = action.name().startsWith("delete") ? Marketplace.provider("Matrix") : shared;
                TestUser caller = switch (cell.getKey()) {
                    case OWNER -> p.owner();
                    case MANAGER -> p.manager();
                    case CUSTOMER_SUPPORT -> p.support();
                    case STAFF -> staff();
                    case GLOBAL_SUPPORT -> globalSupport;
                    case OFFERING_USER -> p.member();
                    case OUTSIDER -> outsider;
                };
                int status = action.call().apply(caller, p);
                if (status != cell.getValue()) {
                    wrong.add(action.name() + " as " + cell.getKey() + ": " + status + " instead of " + cell.getValue());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
