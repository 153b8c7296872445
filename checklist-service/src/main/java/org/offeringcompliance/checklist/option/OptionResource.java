package org.offeringcompliance.checklist.option;

import jakarta.annotation.security.RolesAllowed;
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

import org.offeringcompliance.checklist.option.OptionApi.OptionResponse;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/checklists-admin/question-options/")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OptionResource {

    @Inject
    OptionService options;

    @POST
    public Response create(JsonNode body) {
        return Response.status(201).entity(OptionResponse.of(options.create(body))).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("question_uuid") String questionUuid, @QueryParam("o") String o, @Context UriInfo uri) {
        return Pages.of(options.list(questionUuid, o), PageRequest.of(page, pageSize)).map(OptionResponse::of)
                .response(uri);
    }

    @HEAD
    public Response count(@QueryParam("question_uuid") String questionUuid) {
        return PagedResponse.count(options.list(questionUuid, null).count());
    }

    @GET
    @Path("{uuid}/")
    public OptionResponse get(@PathParam("uuid") String uuid) {
        return OptionResponse.of(options.get(Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    public OptionResponse update(@PathParam("uuid") String uuid, JsonNode body) {
        return OptionResponse.of(options.update(Uuids.pathParam(uuid), body));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        options.delete(Uuids.pathParam(uuid));
        return Response.noContent().build();
    }
}
