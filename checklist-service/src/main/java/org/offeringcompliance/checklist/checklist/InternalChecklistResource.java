package org.offeringcompliance.checklist.checklist;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.checklist.offering.ChecklistReservations;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Uuids;

/** For other services (not routed by the gateway): does a checklist exist, and of which type. */
@Path("/internal/checklists")
@RolesAllowed({"service", "staff"})
@Produces(MediaType.APPLICATION_JSON)
public class InternalChecklistResource {

    static final String OFFERING_COMPLIANCE = "offering_compliance";

    @Inject
    ChecklistReservations reservations;

    @GET
    @Path("{uuid}")
    public ChecklistResponse get(@PathParam("uuid") String uuid) {
        Checklist checklist = Checklist.find("uuid", Uuids.pathParam(uuid)).firstResult();
        if (checklist == null) {
            throw ApiException.notFound();
        }
        return ChecklistResponse.of(checklist);
    }

    /**
     * update_compliance_checklist's check: the checklist as {@link #get}, and, when it can be assigned, a reservation
     * for the offering taken under the checklist's lock, so that a deletion racing the assignment is refused.
     */
    @POST
    @Path("{uuid}/reservations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public ChecklistResponse reserve(@PathParam("uuid") String uuid, Reservation reservation) {
        if (reservation == null || reservation.offering() == null) {
            throw ApiException.fieldError("offering", "This field is required.");
        }
        UUID offering = Uuids.parse("offering", reservation.offering());
        Checklist checklist = Checklist.lockByUuid(Uuids.pathParam(uuid));
        if (checklist == null) {
            throw ApiException.notFound();
        }
        if (OFFERING_COMPLIANCE.equals(checklist.checklistType)) {
            reservations.reserve(checklist.uuid, offering);
        }
        return ChecklistResponse.of(checklist);
    }

    public record Reservation(String offering) {}
}
