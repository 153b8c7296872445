package org.offeringcompliance.checklist.marketplace;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

/**
 * The one place that decides who may use an offering user's compliance endpoints: seeing it (else 404) is the user
 * themself, global staff and support, and members of the offering's customer; answering is the user, staff, and owners
 * and managers (UPDATE_OFFERING_USER); reviewing is staff, owners and managers. And who may read a provider's exports:
 * as its reports in the reporting service (LIST_SERVICE_PROVIDER_CUSTOMERS).
 */
@ApplicationScoped
public class ComplianceAccess {

    public enum Action {
        ANSWER, REVIEW
    }

    @Inject
    CustomerRoleRef roles;

    @Inject
    OfferingUserReadThrough readThrough;

    @Inject
    ServiceProviderRef providers;

    /**
     * The customer of a provider whose reports the caller may read: any role on that customer, or global staff or
     * support. Unknown provider: 404; anyone else: 403 (as the reporting service's ProviderAccess decides).
     */
    public UUID providerReportsCustomer(Caller caller, String providerUuid) {
        UUID customer = providers.customerOf(Uuids.pathParam(providerUuid)).orElseThrow(ApiException::notFound);
        if (!caller.seesEverything() && roles.rolesOf(caller.id(), customer).isEmpty()) {
            throw ApiException.forbidden();
        }
        return customer;
    }

    public OfferingUserRef visibleOfferingUser(Caller caller, UUID offeringUser) {
        OfferingUserRef ref = OfferingUserRef.findById(offeringUser);
        if (ref == null) {
            ref = readThrough.fetch(offeringUser); // not heard of yet: its events may still be on their way
        } else if (ref.deleted) {
            ref = null;
        }
        if (ref == null || !(caller.seesEverything() || isSelf(caller, ref) || !rolesOf(caller, ref).isEmpty())) {
            throw ApiException.notFound();
        }
        return ref;
    }

    public void require(Caller caller, OfferingUserRef ref, Action action) {
        boolean allowed = caller.staff() || (action == Action.ANSWER && isSelf(caller, ref))
                || updatesOfferingUsers(caller, ref);
        if (!allowed) {
            throw ApiException.forbidden();
        }
    }

    private boolean updatesOfferingUsers(Caller caller, OfferingUserRef ref) {
        List<String> held = rolesOf(caller, ref);
        return held.contains("owner") || held.contains("manager");
    }

    private List<String> rolesOf(Caller caller, OfferingUserRef ref) {
        return roles.rolesOf(caller.id(), ref.customerUuid);
    }

    private static boolean isSelf(Caller caller, OfferingUserRef ref) {
        return caller.id().equals(ref.userUuid);
    }
}
