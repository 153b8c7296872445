package org.offeringcompliance.reporting.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.security.Caller;

/** Operations (not routed by the gateway): rebuild every read model from the event topics; see README.md. */
@Path("/internal/rebuild")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    @Inject
    ReadModelRebuild rebuild;

    /** Answers when the rebuilt read models are live; 409 while another rebuild runs. */
    @POST
    public RebuildResult rebuild() {
        return rebuild.run();
    }
}
