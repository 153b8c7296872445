package org.offeringcompliance.checklist.marketplace;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;

/**
 * The marketplace's internal API, called with the end user's own token (passed on explicitly: the token-propagation
 * extension is not served here), so the marketplace decides what they may see.
 */
@RegisterRestClient(configKey = "marketplace")
@Path("/internal")
public interface MarketplaceClient {

    @GET
    @Path("offering-users/{uuid}")
    OfferingUserData offeringUser(@PathParam("uuid") String uuid, @HeaderParam("Authorization") String bearer);
}
