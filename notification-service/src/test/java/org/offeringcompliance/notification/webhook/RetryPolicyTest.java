package org.offeringcompliance.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));

    @Test
    void pausesDoubleFromThirtySecondsUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), POLICY.pauseAfter(1));
        assertEquals(Duration.ofSeconds(60), POLICY.pauseAfter(2));
        assertEquals(Duration.ofMinutes(32), POLICY.pauseAfter(7));
        assertEquals(Duration.ofHours(1), POLICY.pauseAfter(8));
        assertEquals(Duration.ofHours(1), POLICY.pauseAfter(1000));
    }

    @Test
    void retriesGoOnForTheWholeWindowAndStopAtItsEnd() {
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        assertFalse(POLICY.givesUp(first, first));
        assertFalse(POLICY.givesUp(first, first.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(POLICY.givesUp(first, first.plus(Duration.ofHours(24))));
    }

    @Test
    void attemptsAtThesePausesSpanAtLeastTheWindow() {
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        Instant at = first;
        int attempts = 1;
        while (!POLICY.givesUp(first, at)) {
            at = at.plus(POLICY.pauseAfter(attempts++));
        }
        assertTrue(Duration.between(first, at).compareTo(Duration.ofHours(24)) >= 0);
        assertTrue(attempts < 40, "about 30 attempts a day, not thousands: " + attempts);
    }
}
