package org.offeringcompliance.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(30), now::get);

    @Test
    void aBurstUpToTheLimitThenTheWaitForTheNextToken() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("alice").isZero());
        }
        assertEquals(Duration.ofSeconds(10), limiter.acquire("alice")); // 3 per 30 s: one token every 10 s
    }

    @Test
    void tokensComeBackEvenlyOverTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("alice");
        }
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(Duration.ofSeconds(6), limiter.acquire("alice"));
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertTrue(limiter.acquire("alice").isZero());
        assertTrue(limiter.acquire("alice").compareTo(Duration.ZERO) > 0);
    }

    @Test
    void callersDoNotShareABucket() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("alice");
        }
        assertTrue(limiter.acquire("bob").isZero());
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheLimit() {
        limiter.acquire("alice");
        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("alice").isZero());
        }
        assertTrue(limiter.acquire("alice").compareTo(Duration.ZERO) > 0);
    }
}
