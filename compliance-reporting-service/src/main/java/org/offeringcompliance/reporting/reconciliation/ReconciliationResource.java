package org.offeringcompliance.reporting.reconciliation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.reporting.reconciliation.OwnerReconciliation.Drift;

/** Operations, staff only, not routed by the gateway: reconcile the read models with their owners now. */
@Path("/internal/reconciliation")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    @Inject
    OwnerReconciliation reconciliation;

    @POST
    public Drift run() {
        return reconciliation.run();
    }
}
