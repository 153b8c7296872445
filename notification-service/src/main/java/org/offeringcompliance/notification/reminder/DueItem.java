package org.offeringcompliance.notification.reminder;

import java.time.Instant;
import java.util.UUID;

/** An open completion with a due date, as the daily pass sees it on one day. */
public record DueItem(UUID completionUuid, UUID offeringUserUuid, UUID offeringUuid, String offeringName,
        UUID customerUuid, UUID userUuid, String email, String fullName, Instant snoozedUntil, Instant dueAt,
        int cycle, int escalatedCycle, Integer overdueEveryDays, Integer escalateAfter, int daysLeft) {

    public boolean overdue() {
        return daysLeft < 0;
    }
}
