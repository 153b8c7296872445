package org.offeringcompliance.checklist.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.offering.OfferingChecklist;

class ComplianceStatesTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void anOpenCompletionIsPendingUntilItsDueDateThenOverdue() {
        Completion c = completion(false);
        assertEquals("pending", ComplianceStates.stateAt(c, 14, NOW));
        c.dueAt = NOW.plusSeconds(1);
        assertEquals("pending", ComplianceStates.stateAt(c, 14, NOW));
        c.dueAt = NOW.minusSeconds(1);
        assertEquals("overdue", ComplianceStates.stateAt(c, 14, NOW));
        c.openedByExpiry = true;
        assertEquals("overdue", ComplianceStates.stateAt(c, 14, NOW));
        c.dueAt = NOW.plusSeconds(1);
        assertEquals("expired", ComplianceStates.stateAt(c, 14, NOW), "a cycle opened by expiry, not yet due");
    }

    @Test
    void aCompletedOneIsExpiringWithinItsGracePeriod() {
        Completion c = completion(true);
        assertEquals("completed", ComplianceStates.stateAt(c, 14, NOW));
        c.expiresAt = NOW.plus(Duration.ofDays(15));
        assertEquals("completed", ComplianceStates.stateAt(c, 14, NOW));
        c.expiresAt = NOW.plus(Duration.ofDays(14));
        assertEquals("expiring", ComplianceStates.stateAt(c, 14, NOW));
    }

    @Test
    void settlingStampsTheCompletionAndItsExpiryOnceAndClearsThemWhenItIsOpenAgain() {
        OfferingChecklist terms = new OfferingChecklist();
        terms.recertifyEveryDays = 30;
        Completion c = completion(true);
        ComplianceStates.settle(c, terms, NOW);
        assertEquals(NOW, c.completedAt);
        assertEquals(NOW.plus(Duration.ofDays(30)), c.expiresAt);
        ComplianceStates.settle(c, terms, NOW.plusSeconds(60));
        assertEquals(NOW, c.completedAt, "still the time it was completed");
        c.completed = false;
        ComplianceStates.settle(c, terms, NOW);
        assertNull(c.completedAt);
        assertNull(c.expiresAt);
        assertEquals("pending", c.complianceState);
    }

    @Test
    void aDueDateCountsFromTheLaterOfCreationAndAssignment() {
        OfferingChecklist terms = new OfferingChecklist();
        terms.dueDays = 10;
        terms.assignedAt = NOW;
        assertEquals(NOW.plus(Duration.ofDays(11)), DueDates.dueAt(terms, NOW.plus(Duration.ofDays(1)), NOW));
        assertEquals(NOW.plus(Duration.ofDays(10)), DueDates.dueAt(terms, NOW.minus(Duration.ofDays(1)), NOW));
        terms.dueDays = null;
        assertNull(DueDates.dueAt(terms, NOW, NOW));
    }

    private static Completion completion(boolean completed) {
        Completion c = new Completion();
        c.completed = completed;
        return c;
    }
}
