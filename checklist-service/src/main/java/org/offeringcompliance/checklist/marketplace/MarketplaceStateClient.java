package org.offeringcompliance.checklist.marketplace;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.RoleData;
import org.offeringcompliance.common.reconciliation.OwnerPages.Page;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The marketplace's current state, a page at a time in uuid order, with this service's own token (reconciliation). */
@RegisterRestClient(configKey = "marketplace-state")
@OidcClientFilter
@Path("/internal/state")
public interface MarketplaceStateClient {

    @GET
    @Path("offerings")
    Page<OfferingData> offerings(@QueryParam("after") String after);

    @GET
    @Path("offering-users")
    Page<OfferingUserData> offeringUsers(@QueryParam("after") String after);

    /** Those of these offering users that exist now. */
    @GET
    @Path("offering-users")
    Page<OfferingUserData> existing(@QueryParam("uuid") List<String> uuids);

    @GET
    @Path("roles")
    Page<RoleData> roles(@QueryParam("after") String after);
}
