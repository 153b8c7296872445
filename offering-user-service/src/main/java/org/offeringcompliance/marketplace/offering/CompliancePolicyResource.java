package org.offeringcompliance.marketplace.offering;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.marketplace.user.Callers;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;

/** An offering's compliance policy (API.md section 5): deadlines, reminders, re-certification. */
@Path("/api/marketplace-provider-offerings/{uuid}/compliance_policy/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompliancePolicyResource {

    @Inject
    Callers callers;

    @Inject
    OfferingService offerings;

    @GET
    public CompliancePolicy get(@PathParam("uuid") String uuid) {
        return offerings.policy(callers.current(), Uuids.pathParam(uuid));
    }

    @PUT
    public CompliancePolicy replace(@PathParam("uuid") String uuid, JsonNode body) {
        return offerings.replacePolicy(callers.current(), Uuids.pathParam(uuid), body);
    }
}
