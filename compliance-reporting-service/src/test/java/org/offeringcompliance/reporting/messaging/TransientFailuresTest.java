package org.offeringcompliance.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aDeadlockIsRetriedUntilTheWorkSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        TransientFailures.retry("work", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("deadlock detected", "40P01"));
            }
        });
        assertEquals(3, attempts.get());
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> TransientFailures.retry("work", () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("offering_uuid is required");
        }));
        assertEquals(1, attempts.get());
    }

    @Test
    void aLastingConflictGivesUpAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> TransientFailures.retry("work", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException(new SQLException("could not serialize", "40001"));
        }));
        assertEquals(TransientFailures.ATTEMPTS, attempts.get());
    }
}
