package org.offeringcompliance.checklist.offering;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.offeringcompliance.checklist.completion.CompletionCycles;
import org.offeringcompliance.checklist.marketplace.CustomerRoleRef;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.common.security.CurrentCaller;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * request_recertification (API.md section 5): every completed current completion of the offering starts a new cycle
 * now, due after the grace period. Owners and managers of the offering's customer, and staff.
 */
@Path("/api/marketplace-provider-offerings/{uuid}/request_recertification/")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecertificationResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CustomerRoleRef roles;

    @Inject
    CompletionCycles cycles;

    @POST
    public Response request(@PathParam("uuid") String uuid, JsonNode body) {
        Caller caller = currentCaller.get();
        OfferingChecklist offering = OfferingChecklist.findById(Uuids.pathParam(uuid));
        if (offering == null) {
            throw ApiException.notFound();
        }
        List<String> held = offering.customerUuid == null ? List.of() : roles.rolesOf(caller.id(), offering.customerUuid);
        if (!caller.staff() && !held.contains("owner") && !held.contains("manager")) {
            throw ApiException.forbidden();
        }
        JsonBody json = JsonBody.of(body);
        int graceDays = json.intBetween("grace_days", 0, 180, false, offering.graceDays);
        json.throwIfAny();
        return Response.accepted(Map.of("reopened", cycles.reopenAll(offering.offeringUuid, graceDays))).build();
    }
}
