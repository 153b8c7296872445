package org.offeringcompliance.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Waits until the service has consumed given events (their ids are recorded with their effect). */
public final class Applied {

    private Applied() {}

    public static void all(EntityManager em, List<String> eventIds) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(eventIds.size(), count(em, eventIds)));
    }

    /** Every event published since the mark. */
    public static void since(EntityManager em, int mark) {
        all(em, EventFeed.sentSince(mark));
    }

    static long count(EntityManager em, List<String> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id IN (?1)").setParameter(1, eventIds)
                .getSingleResult()).longValue());
    }
}
