package org.offeringcompliance.notification.reminder;

import java.util.List;

/**
 * RULES.md, Deadlines: a reminder on each of reminder_days before the due date (the pass selects those days), then an
 * overdue reminder the day after it and every overdue_every_days after that (once, without a cadence); after
 * escalate_after overdue reminders the customer's owners are told once per cycle. Counted by the calendar, not by
 * mails sent, so a snoozed user still escalates.
 */
public final class ReminderRules {

    public static final String REMINDER = "reminder";
    public static final String OVERDUE = "overdue";
    public static final String DIGEST = "digest";
    public static final String ESCALATION = "escalation";
    public static final String MANUAL = "manual";
    public static final String RECERTIFICATION = "recertification";
    public static final List<String> KINDS = List.of(REMINDER, DIGEST, OVERDUE, ESCALATION, MANUAL, RECERTIFICATION);

    private ReminderRules() {}

    /** Whether the person hears about this item today (the pass only reads reminder days and overdue items). */
    public static boolean remindsToday(DueItem item) {
        if (!item.overdue()) {
            return true;
        }
        int daysOverdue = -item.daysLeft();
        return item.overdueEveryDays() == null ? daysOverdue == 1 : (daysOverdue - 1) % item.overdueEveryDays() == 0;
    }

    /** How many overdue reminders the calendar has given so far, today's included. */
    static int overdueRemindersSoFar(DueItem item) {
        if (!item.overdue()) {
            return 0;
        }
        int daysOverdue = -item.daysLeft();
        return item.overdueEveryDays() == null ? 1 : (daysOverdue - 1) / item.overdueEveryDays() + 1;
    }

    public static boolean escalatesToday(DueItem item) {
        return item.escalateAfter() != null && item.escalatedCycle() < item.cycle()
                && overdueRemindersSoFar(item) >= item.escalateAfter();
    }

    /** One item is a reminder or an overdue reminder; several for one person on one day make a digest. */
    public static String kindOf(List<DueItem> items) {
        if (items.size() > 1) {
            return DIGEST;
        }
        return items.get(0).overdue() ? OVERDUE : REMINDER;
    }
}
