package org.offeringcompliance.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;
import static org.offeringcompliance.marketplace.Marketplace.staff;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace.Provider;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;
import org.offeringcompliance.testing.StatementCounter;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every list runs the same number of SQL statements for a page of 1 as for a page of many. */
@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class ListQueryCountTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void statementsPerPageDoNotGrowWithThePageSize() {
        Provider p = Marketplace.provider("Counted");
        Marketplace.provider("Counted too"); // staff's lists of customers and providers hold two
        for (int i = 0; i < 4; i++) {
            Marketplace.createOfferingUser(p.offering(), KEYCLOAK.create("counted"));
            String offering = Marketplace.createOffering(p.customer(), "Counted " + i);
            if (i == 0) {
                Marketplace.createOfferingUser(offering, p.member()); // the member's own list holds two
            }
        }
        assertConstant(p.owner(), "/api/marketplace-offering-users/?offering_uuid=" + p.offering());
        assertConstant(p.member(), "/api/marketplace-offering-users/");
        assertConstant(p.owner(), "/api/marketplace-provider-offerings/");
        assertConstant(staff(), "/api/marketplace-provider-offerings/");
        assertConstant(p.owner(), "/api/marketplace-public-offerings/?customer_uuid=" + p.customer());
        assertConstant(p.owner(), "/api/customers/" + p.customer() + "/list_users/");
        assertConstant(staff(), "/api/customers/");
        assertConstant(staff(), "/api/marketplace-service-providers/");
    }

    private void assertConstant(TestUser caller, String path) {
        String separator = path.contains("?") ? "&" : "?";
        as(caller).get(path + separator + "page_size=1").then().statusCode(200); // warm the caller's directory entry
        long one = statements(caller, path + separator + "page_size=1", 1);
        // The large page must hold several rows, or it proves nothing about statements growing with rows.
        long many = statements(caller, path + separator + "page_size=300", 2);
        assertTrue(one > 0, path);
        assertEquals(one, many, path + ": statements for a page of 1 and of 300");
    }

    private long statements(TestUser caller, String path, int rows) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        return StatementCounter.statementsOf(stats,
                () -> as(caller).get(path).then().statusCode(200).extract().jsonPath().getList("$").size(), rows);
    }
}
