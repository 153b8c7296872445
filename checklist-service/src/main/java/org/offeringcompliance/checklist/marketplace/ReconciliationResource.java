package org.offeringcompliance.checklist.marketplace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.checklist.marketplace.MarketplaceReconciliation.Drift;
import org.offeringcompliance.common.security.Caller;

/** Operations, staff only, not routed by the gateway: reconcile with the marketplace now; answers the drift repaired. */
@Path("/internal/reconciliation")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    @Inject
    MarketplaceReconciliation reconciliation;

    @POST
    public Drift run() {
        return reconciliation.run();
    }
}
