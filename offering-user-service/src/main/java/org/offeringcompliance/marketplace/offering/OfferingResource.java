package org.offeringcompliance.marketplace.offering;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.marketplace.offering.OfferingApi.OfferingRequest;
import org.offeringcompliance.marketplace.offering.OfferingApi.OfferingResponse;
import org.offeringcompliance.marketplace.user.Callers;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;

/** A provider's offerings: staff, support and members of the provider's customer see them; owners and managers edit. */
@Path("/api/marketplace-provider-offerings/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferingResource {

    @Inject
    Callers callers;

    @Inject
    OfferingService offerings;

    @Inject
    OfferingQueries queries;

    @POST
    public Response create(OfferingRequest request) {
        return Response.status(201).entity(OfferingResponse.of(offerings.create(callers.current(), request))).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("customer_uuid") String customerUuid, @QueryParam("name") String name,
            @QueryParam("o") String o, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        return queries.list(callers.current(), customerUuid, name, o, request).map(OfferingResponse::of).response(uri);
    }

    @HEAD
    public Response count(@QueryParam("customer_uuid") String customerUuid, @QueryParam("name") String name) {
        return PagedResponse.count(queries.count(callers.current(), customerUuid, name));
    }

    @GET
    @Path("{uuid}/")
    public OfferingResponse get(@PathParam("uuid") String uuid) {
        return OfferingResponse.of(offerings.visible(callers.current(), Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    public OfferingResponse update(@PathParam("uuid") String uuid, JsonNode body) {
        return OfferingResponse.of(offerings.update(callers.current(), Uuids.pathParam(uuid), body));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        offerings.delete(callers.current(), Uuids.pathParam(uuid));
        return Response.noContent().build();
    }

    @POST
    @Path("{uuid}/update_compliance_checklist/")
    public OfferingResponse updateChecklist(@PathParam("uuid") String uuid, JsonNode body) {
        return OfferingResponse.of(offerings.updateChecklist(callers.current(), Uuids.pathParam(uuid), body));
    }
}
