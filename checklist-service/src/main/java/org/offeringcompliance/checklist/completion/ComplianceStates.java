package org.offeringcompliance.checklist.completion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.offeringcompliance.checklist.offering.OfferingChecklist;

/**
 * A completion's compliance state (API.md section 5) and how a write settles it. Time alone moves a state only in the
 * scheduled deadline pass ({@link DeadlinePass}), never on read.
 */
public final class ComplianceStates {

    public static final String PENDING = "pending";
    public static final String OVERDUE = "overdue";
    public static final String COMPLETED = "completed";
    public static final String EXPIRING = "expiring";
    public static final String EXPIRED = "expired";
    public static final List<String> ALL = List.of(PENDING, OVERDUE, COMPLETED, EXPIRING, EXPIRED);

    private ComplianceStates() {}

    /** After a write that may have changed whether it is complete: completion time, expiry and state as of now. */
    public static void settle(Completion c, OfferingChecklist terms, Instant now) {
        if (!c.completed) {
            c.completedAt = null;
            c.expiresAt = null;
        } else if (c.completedAt == null) {
            c.completedAt = now;
            c.expiresAt = terms == null || terms.recertifyEveryDays == null ? null : plusDays(now, terms.recertifyEveryDays);
        }
        c.complianceState = stateAt(c, terms == null ? 0 : terms.graceDays, now);
    }

    static String stateAt(Completion c, int graceDays, Instant now) {
        if (c.completed) {
            return c.expiresAt != null && !now.isBefore(c.expiresAt.minus(Duration.ofDays(graceDays)))
                    ? EXPIRING
                    : COMPLETED;
        }
        if (c.dueAt != null && now.isAfter(c.dueAt)) {
            return OVERDUE;
        }
        return c.openedByExpiry ? EXPIRED : PENDING;
    }

    static Instant plusDays(Instant t, int days) {
        return t.plus(Duration.ofDays(days));
    }
}
