package org.offeringcompliance.reporting.provider;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.reporting.customer.CustomerRole;
import org.offeringcompliance.reporting.customer.ProviderRef;

/**
 * The one place that decides who reads a provider's compliance reports: LIST_SERVICE_PROVIDER_CUSTOMERS, i.e. any role
 * on the provider's customer, or global staff or support. Unknown provider: 404; anyone else: 403.
 */
@ApplicationScoped
public class ProviderAccess {

    /** The provider's customer, whose offerings the reports cover. */
    public UUID readableCustomer(Caller caller, String providerUuid) {
        ProviderRef provider = ProviderRef.findById(Uuids.pathParam(providerUuid));
        if (provider == null) {
            throw ApiException.notFound();
        }
        if (!caller.seesEverything() && !CustomerRole.isMember(caller.id(), provider.customerUuid)) {
            throw ApiException.forbidden();
        }
        return provider.customerUuid;
    }
}
