package org.offeringcompliance.marketplace.access;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.customer.Customer;
import org.offeringcompliance.marketplace.customer.CustomerRole;
import org.offeringcompliance.marketplace.offeringuser.OfferingUser;

/**
 * The one place that decides what a caller may see and do in the marketplace. Seeing is decided first (not visible:
 * 404), then acting (visible but not allowed: 403).
 */
@ApplicationScoped
public class AccessPolicy {

    /** Global staff and support see every customer; members see their own customers. */
    public boolean canSee(Caller caller, Customer customer) {
        return caller.seesEverything() || !CustomerRole.rolesOf(caller.id(), customer).isEmpty();
    }

    public boolean has(Caller caller, Customer customer, Permission permission) {
        if (caller.staff()) {
            return true;
        }
        if (caller.support() && permission == Permission.LIST_SERVICE_PROVIDER_CUSTOMERS) {
            return true;
        }
        return granted(CustomerRole.rolesOf(caller.id(), customer), permission);
    }

    static boolean granted(List<String> roles, Permission permission) {
        return switch (permission) {
            case MANAGE_CUSTOMER -> roles.contains(CustomerRole.OWNER);
            case UPDATE_OFFERING_OPTIONS, UPDATE_OFFERING_USER -> roles.contains(CustomerRole.OWNER)
                    || roles.contains(CustomerRole.MANAGER);
            case LIST_SERVICE_PROVIDER_CUSTOMERS -> !roles.isEmpty();
        };
    }

    /** 404 unless the caller can see the customer, then 403 unless the permission is held. */
    public void require(Caller caller, Customer customer, Permission permission) {
        if (!canSee(caller, customer)) {
            throw ApiException.notFound();
        }
        if (!has(caller, customer, permission)) {
            throw ApiException.forbidden();
        }
    }

    /** The offering user themself, global staff and support, and members of the offering's customer. */
    public boolean canSee(Caller caller, OfferingUser offeringUser) {
        return caller.id().equals(offeringUser.user.uuid) || canSee(caller, offeringUser.offering.customer);
    }

    /** Members-only filter for list queries: ids of the customers where the caller holds any role. */
    public static String memberCustomersSubquery(String userParameter) {
        return "(select r.customer.id from CustomerRole r where r.user.uuid = " + userParameter + ")";
    }
}
