package org.offeringcompliance.checklist.messaging;

/** Topics this service publishes. */
public final class Topics {

    /** Checklists and their questions (with options and dependencies); key = checklist uuid, so they stay in order. */
    public static final String CHECKLISTS = "checklist.checklists";

    /** Completions: created, updated (figures, review), deleted; key = completion uuid. */
    public static final String COMPLETIONS = "checklist.completions";

    private Topics() {}
}
