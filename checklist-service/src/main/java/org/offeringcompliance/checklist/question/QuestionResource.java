package org.offeringcompliance.checklist.question;

import java.util.UUID;

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

import org.offeringcompliance.checklist.question.QuestionApi.QuestionResponse;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/checklists-admin/questions/")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    QuestionService questions;

    @POST
    public Response create(JsonNode body) {
        return Response.status(201).entity(QuestionApi.of(questions.create(body))).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("checklist_uuid") String checklistUuid, @QueryParam("o") String o, @Context UriInfo uri) {
        return Pages.of(questions.list(checklistFilter(checklistUuid), o), PageRequest.of(page, pageSize))
                .mapAll(QuestionApi::list).response(uri);
    }

    @HEAD
    public Response count(@QueryParam("checklist_uuid") String checklistUuid) {
        return PagedResponse.count(questions.list(checklistFilter(checklistUuid), null).count());
    }

    @GET
    @Path("{uuid}/")
    public QuestionResponse get(@PathParam("uuid") String uuid) {
        return QuestionApi.of(questions.get(Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    public QuestionResponse update(@PathParam("uuid") String uuid, JsonNode body) {
        return QuestionApi.of(questions.update(Uuids.pathParam(uuid), body));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        questions.delete(Uuids.pathParam(uuid));
        return Response.noContent().build();
    }

    private static UUID checklistFilter(String value) {
        return value == null ? null : Uuids.parse("checklist_uuid", value);
    }
}
