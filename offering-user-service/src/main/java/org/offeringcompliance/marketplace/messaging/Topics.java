package org.offeringcompliance.marketplace.messaging;

/** Topics this service publishes; documented in src/main/asyncapi/asyncapi.yaml. */
public final class Topics {

    /** Customers, service providers and customer role grants; key = customer uuid. */
    public static final String CUSTOMERS = "marketplace.customers";
    /** Offerings and their checklist assignment; key = offering uuid. */
    public static final String OFFERINGS = "marketplace.offerings";
    /** Offering users; key = offering user uuid. */
    public static final String OFFERING_USERS = "marketplace.offering-users";

    private Topics() {}
}
