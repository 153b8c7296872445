package org.offeringcompliance.reporting.messaging;

import java.util.List;

/** Incoming channels; their topics and dead-letter topic are in the "## Kafka" block of application.properties. */
public final class Channels {

    public static final String MARKETPLACE_CUSTOMERS = "marketplace-customers";
    public static final String MARKETPLACE_OFFERINGS = "marketplace-offerings";
    public static final String MARKETPLACE_OFFERING_USERS = "marketplace-offering-users";
    public static final String CHECKLIST_CHECKLISTS = "checklist-checklists";
    public static final String CHECKLIST_COMPLETIONS = "checklist-completions";

    /** Every channel whose topic feeds the read models: what a rebuild replays. */
    public static final List<String> ALL = List.of(MARKETPLACE_CUSTOMERS, MARKETPLACE_OFFERINGS,
            MARKETPLACE_OFFERING_USERS, CHECKLIST_CHECKLISTS, CHECKLIST_COMPLETIONS);

    private Channels() {}

    /** The configuration key of a channel's topic. */
    public static String topicKey(String channel) {
        return "mp.messaging.incoming." + channel + ".topic";
    }
}
