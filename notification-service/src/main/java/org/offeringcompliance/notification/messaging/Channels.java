package org.offeringcompliance.notification.messaging;

/** The incoming channels (topics in application.properties). */
public final class Channels {

    public static final String MARKETPLACE_CUSTOMERS = "marketplace-customers";
    public static final String MARKETPLACE_OFFERINGS = "marketplace-offerings";
    public static final String MARKETPLACE_OFFERING_USERS = "marketplace-offering-users";
    public static final String CHECKLIST_COMPLETIONS = "checklist-completions";

    private Channels() {}
}
