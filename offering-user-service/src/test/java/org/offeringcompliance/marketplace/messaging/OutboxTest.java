package org.offeringcompliance.marketplace.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.offeringcompliance.marketplace.Marketplace.as;
import static org.offeringcompliance.marketplace.Marketplace.staff;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.marketplace.customer.CustomerApi.CustomerRequest;
import org.offeringcompliance.marketplace.customer.CustomerService;
import org.offeringcompliance.testing.KafkaTopics;
import org.offeringcompliance.testing.LocalInfrastructure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class OutboxTest {

    static final Caller STAFF = new Caller(UUID.randomUUID(), "outbox-staff", "Outbox Staff", "", true, false);

    @Inject
    CustomerService customers;

    @Inject
    EntityManager em;

    @Test
    void theEventIsStoredInTheSameTransactionAsTheChange() {
        String name = "Same tx " + UUID.randomUUID();
        long pending = QuarkusTransaction.requiringNew().call(() -> {
            customers.create(STAFF, new CustomerRequest(name));
            return (Long) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE payload LIKE ?1")
                    .setParameter(1, "%" + name + "%").getSingleResult();
        });
        assertEquals(1, pending, "visible inside the writing transaction, before any relay");
    }

    @Test
    void aRolledBackChangeEmitsNothing() {
        String name = "Rolled back " + UUID.randomUUID();
        try (KafkaTopics.Reader reader = KafkaTopics.reader("test." + Topics.CUSTOMERS)) {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                customers.create(STAFF, new CustomerRequest(name));
                throw new IllegalStateException("something later in the transaction fails");
            }));
            assertEquals(0, countOutbox(name));
            assertEquals(0, reader.await(r -> r.value().contains(name), 1, Duration.ofSeconds(3)).size());
        }
    }

    @Test
    void eventsReachKafkaAfterTheBrokerComesBackAndThePodStaysReady() throws Exception {
        String name = "Outage " + UUID.randomUUID();
        LocalInfrastructure.runInfra("stop-kafka");
        try {
            as(staff()).body(Map.of("name", name)).post("/api/customers/").then().statusCode(201);
            TimeUnit.SECONDS.sleep(2);
            assertEquals(1, countOutbox(name), "kept while the broker is down");
            io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status",
                    org.hamcrest.Matchers.equalTo("UP"));
        } finally {
            LocalInfrastructure.runInfra("start-kafka");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> countOutbox(name) == 0);
        try (KafkaTopics.Reader reader = KafkaTopics.readerFromStart("test." + Topics.CUSTOMERS)) {
            assertEquals(1, reader.await(r -> r.value().contains(name), 1, Duration.ofSeconds(20)).size());
        }
    }

    private long countOutbox(String marker) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE payload LIKE ?1")
                .setParameter(1, "%" + marker + "%").getSingleResult());
    }
}
