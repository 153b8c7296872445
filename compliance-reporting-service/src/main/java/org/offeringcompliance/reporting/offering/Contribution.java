package org.offeringcompliance.reporting.offering;

/** What offering users add to their offering's counters: how many, with a current completion, completed, overdue. */
public record Contribution(int users, int withCompletion, int completed, int overdue) {

    public static final Contribution NONE = new Contribution(0, 0, 0, 0);

    public static Contribution of(boolean hasCompletion, boolean completed, boolean overdue) {
        return new Contribution(1, hasCompletion ? 1 : 0, hasCompletion && completed ? 1 : 0,
                hasCompletion && overdue ? 1 : 0);
    }
}
