package org.offeringcompliance.reporting.completion;

import java.util.Set;

/** A completion's compliance states (API.md section 5): the checklist service moves them, this service only shows them. */
public final class ComplianceStates {

    public static final String PENDING = "pending";
    public static final String OVERDUE = "overdue";
    public static final String COMPLETED = "completed";
    public static final Set<String> ALL = Set.of(PENDING, OVERDUE, COMPLETED, "expiring", "expired");

    private ComplianceStates() {}

    /** The state an event announced; an unknown one cannot be applied (the event goes to the dead-letter topic). */
    static String known(String state) {
        if (!ALL.contains(state)) {
            throw new IllegalArgumentException("compliance_state '" + state + "' is not one of " + ALL);
        }
        return state;
    }
}
