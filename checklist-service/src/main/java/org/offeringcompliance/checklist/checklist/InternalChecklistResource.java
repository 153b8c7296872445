package org.offeringcompliance.checklist.checklist;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    @Inject
    ChecklistService checklists;

    @GET
    @Path("{uuid}")
    public ChecklistResponse get(@PathParam("uuid") String uuid) {
        return ChecklistResponse.of(checklists.get(Uuids.pathParam(uuid)));
    }

    /** update_compliance_checklist's check: the checklist as {@link #get}, reserved for the offering when assignable. */
    @POST
    @Path("{uuid}/reservations")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChecklistResponse reserve(@PathParam("uuid") String uuid, Reservation reservation) {
        if (reservation == null || reservation.offering() == null) {
            throw ApiException.fieldError("offering", "This field is required.");
        }
        UUID offering = Uuids.parse("offering", reservation.offering());
        return ChecklistResponse.of(checklists.reserve(Uuids.pathParam(uuid), offering));
    }

    public record Reservation(String offering) {}
}
