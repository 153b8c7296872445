package org.offeringcompliance.marketplace.offeringuser;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.Marketplace.Provider;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.marketplace.messaging.Topics;
import org.offeringcompliance.testing.KafkaTopics;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** RULES.md, Integrity: concurrent writes to offerings and offering users never lose each other, versions never repeat. */
@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class MarketplaceIntegrityTest {

    static final String OU = "/api/marketplace-offering-users/{ou}/";
    static final int TRIALS = 100;
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void concurrentPatchesOfOneOfferingUserBothLandWithDistinctVersions() throws Exception {
        Provider p = Marketplace.provider("Racing patches");
        try (KafkaTopics.Reader events = KafkaTopics.reader("test." + Topics.OFFERING_USERS)) {
            for (int trial = 0; trial < TRIALS; trial++) {
                String username = "name-" + trial;
                boolean restricted = trial % 2 == 0;
                var rename = CompletableFuture.runAsync(() -> as(p.owner()).body(Map.of("username", username))
                        .patch(OU, p.offeringUser()).then().statusCode(200));
                var restrict = CompletableFuture.runAsync(() -> as(p.manager())
                        .body(Map.of("is_restricted", restricted)).patch(OU, p.offeringUser()).then().statusCode(200));
                rename.join();
                restrict.join();
                as(p.owner()).get(OU, p.offeringUser()).then().statusCode(200).body("username", equalTo(username))
                        .body("is_restricted", equalTo(restricted));
            }
            List<Long> versions = events
                    .await(r -> r.key().equals(p.offeringUser()), 2 * TRIALS, Duration.ofSeconds(30)).stream()
                    .map(r -> read(r.value()).get("data").get("version").asLong()).toList();
            assertEquals(2 * TRIALS, versions.size(), "every effective change was announced");
            for (int i = 1; i < versions.size(); i++) {
                assertEquals(versions.get(i - 1) + 1, versions.get(i), "versions follow the writes: " + versions);
            }
        }
    }

    @Test
    void anOfferingDeletedWhileAUserIsAddedAnnouncesThatUsersDeletionOrRefusesTheUser() throws Exception {
        for (int trial = 0; trial < 20; trial++) {
            Provider p = Marketplace.provider("Racing delete " + trial);
            TestUser newcomer = KEYCLOAK.create("newcomer");
            try (KafkaTopics.Reader events = KafkaTopics.reader("test." + Topics.OFFERING_USERS)) {
                var add = CompletableFuture.supplyAsync(() -> as(p.owner())
                        .body(Map.of("offering", p.offering(), "user", newcomer.hexId()))
                        .post("/api/marketplace-offering-users/"));
                var delete = CompletableFuture.supplyAsync(() -> as(p.owner())
                        .delete("/api/marketplace-provider-offerings/{o}/", p.offering()).statusCode());
                var added = add.join();
                assertEquals(204, delete.join());
                if (added.statusCode() == 201) {
                    String created = added.path("uuid");
                    assertEquals(2, events.await(r -> r.key().equals(created), 2, Duration.ofSeconds(20)).size(),
                            "trial " + trial + ": the added user's creation and deletion were both announced");
                } else {
                    assertTrue(added.statusCode() == 400, "trial " + trial + ": refused with " + added.statusCode());
                }
            }
        }
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
