package org.offeringcompliance.marketplace.access;

/** What a customer role grants (API.md section 2, permission table). */
public enum Permission {
    /** Edit offerings and set their checklist: owner, manager, staff. */
    UPDATE_OFFERING_OPTIONS,
    /** Create, edit and delete offering users, see and answer their checklists, review: owner, manager, staff. */
    UPDATE_OFFERING_USER,
    /** Compliance reports: every customer role, staff, global support. */
    LIST_SERVICE_PROVIDER_CUSTOMERS,
    /** Add and remove customer members, register the customer as a provider: owner, staff. */
    MANAGE_CUSTOMER
}
