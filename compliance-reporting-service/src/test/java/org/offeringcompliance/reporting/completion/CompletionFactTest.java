package org.offeringcompliance.reporting.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.reporting.messaging.EventData.CompletionData;

/** What a completion event makes of a fact's deadline fields, and what reconciliation counts as drift. */
class CompletionFactTest {

    static final Instant CREATED = Instant.parse("2026-11-23T15:43:54.385540Z");
    static final Instant DUE = Instant.parse("2026-12-16T15:43:54.385540Z");

    @Test
    void anEventCarriesTheFiveDeadlineFields() {
        CompletionFact fact = describe(data(false, DUE, null, null, 2, "expired"));
        assertEquals(DUE, fact.dueAt);
        assertNull(fact.completedAt);
        assertNull(fact.expiresAt);
        assertEquals(2, fact.cycle);
        assertEquals("expired", fact.complianceState);
    }

    @Test
    void anEventWrittenBeforeDeadlinesExistedIsTheFirstCycleByItsFigures() {
        CompletionFact done = describe(data(true, null, null, null, null, null));
        assertEquals("completed", done.complianceState);
        assertEquals(done.modified, done.completedAt);
        assertEquals(1, done.cycle);
        CompletionFact open = describe(data(false, null, null, null, null, null));
        assertEquals("pending", open.complianceState);
        assertNull(open.completedAt);
    }

    @Test
    void anUnknownStateOrCycleCannotBeApplied() {
        assertThrows(IllegalArgumentException.class, () -> describe(data(false, DUE, null, null, 1, "late")));
        assertThrows(IllegalArgumentException.class, () -> describe(data(false, DUE, null, null, 0, "pending")));
    }

    @Test
    void reconciliationSeesADifferentDeadlineOrStateButNotLostNanoseconds() {
        CompletionFact fact = describe(data(false, DUE, null, null, 1, "overdue"));
        assertTrue(fact.agreesWith(data(false, DUE.plusNanos(300), null, null, 1, "overdue")));
        assertFalse(fact.agreesWith(data(false, DUE.plusSeconds(1), null, null, 1, "overdue")));
        assertFalse(fact.agreesWith(data(false, null, null, null, 1, "overdue")));
        assertFalse(fact.agreesWith(data(false, DUE, null, null, 1, "pending")));
        assertFalse(fact.agreesWith(data(false, DUE, null, null, 2, "overdue")));
        assertFalse(fact.agreesWith(data(false, DUE, null, DUE, 1, "overdue")));
        assertFalse(fact.agreesWith(data(false, DUE, CREATED, null, 1, "overdue")));
    }

    private static CompletionFact describe(CompletionData data) {
        CompletionFact fact = new CompletionFact();
        fact.describe(data);
        return fact;
    }

    private static CompletionData data(boolean completed, Instant dueAt, Instant completedAt, Instant expiresAt,
            Integer cycle, String state) {
        String hex = Uuids.hex(UUID.randomUUID());
        return new CompletionData(hex, hex, hex, hex, "Checklist", "", completed, new BigDecimal("100.0"), 0, false,
                null, null, "", CREATED, CREATED.plusSeconds(5), 3, dueAt, completedAt, expiresAt, cycle, state);
    }
}
