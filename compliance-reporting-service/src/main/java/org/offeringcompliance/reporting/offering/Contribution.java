package org.offeringcompliance.reporting.offering;

/** What offering users add to their offering's counters: how many, with a current completion, completed. */
public record Contribution(int users, int withCompletion, int completed) {

    public static final Contribution NONE = new Contribution(0, 0, 0);

    public static Contribution of(boolean hasCompletion, boolean completed) {
        return new Contribution(1, hasCompletion ? 1 : 0, hasCompletion && completed ? 1 : 0);
    }
}
