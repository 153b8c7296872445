package org.offeringcompliance.checklist.checklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Uuids;

/** For other services (not routed by the gateway): does a checklist exist, and of which type. */
@Path("/internal/checklists")
@RolesAllowed({"service", "staff"})
@Produces(MediaType.APPLICATION_JSON)
public class InternalChecklistResource {

    @GET
    @Path("{uuid}")
    public ChecklistResponse get(@PathParam("uuid") String uuid) {
        Checklist checklist = Checklist.find("uuid", Uuids.pathParam(uuid)).firstResult();
        if (checklist == null) {
            throw ApiException.notFound();
        }
        return ChecklistResponse.of(checklist);
    }
}
