package org.offeringcompliance.marketplace.offeringuser;

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
import org.offeringcompliance.marketplace.offeringuser.OfferingUserApi.OfferingUserRequest;
import org.offeringcompliance.marketplace.offeringuser.OfferingUserApi.OfferingUserResponse;
import org.offeringcompliance.marketplace.user.Callers;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;

@Path("/api/marketplace-offering-users/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferingUserResource {

    @Inject
    Callers callers;

    @Inject
    OfferingUserService offeringUsers;

    @Inject
    OfferingUserQueries queries;

    @POST
    public Response create(OfferingUserRequest request) {
        OfferingUser ou = offeringUsers.create(callers.current(), request);
        return Response.status(201).entity(OfferingUserResponse.of(ou)).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("offering_uuid") String offeringUuid, @QueryParam("user_uuid") String userUuid,
            @QueryParam("state") String state, @QueryParam("o") String o, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        return queries.list(callers.current(), offeringUuid, userUuid, state, o, request).map(OfferingUserResponse::of)
                .response(uri);
    }

    @HEAD
    public Response count(@QueryParam("offering_uuid") String offeringUuid, @QueryParam("user_uuid") String userUuid,
            @QueryParam("state") String state) {
        return PagedResponse.count(queries.count(callers.current(), offeringUuid, userUuid, state));
    }

    @GET
    @Path("{uuid}/")
    public OfferingUserResponse get(@PathParam("uuid") String uuid) {
        return OfferingUserResponse.of(offeringUsers.visible(callers.current(), Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    public OfferingUserResponse update(@PathParam("uuid") String uuid, JsonNode body) {
        return OfferingUserResponse.of(offeringUsers.update(callers.current(), Uuids.pathParam(uuid), body));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        offeringUsers.delete(callers.current(), Uuids.pathParam(uuid));
        return Response.noContent().build();
    }
}
