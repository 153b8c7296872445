package org.offeringcompliance.checklist.checklist;

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

import org.offeringcompliance.checklist.question.QuestionApi;
import org.offeringcompliance.checklist.question.QuestionService;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/checklists-admin/")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecklistAdminResource {

    @Inject
    ChecklistService checklists;

    @Inject
    QuestionService questions;

    @POST
    public Response create(JsonNode body) {
        return Response.status(201).entity(ChecklistResponse.of(checklists.create(body))).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("checklist_type") String checklistType, @QueryParam("o") String o, @Context UriInfo uri) {
        return Pages.of(checklists.list(checklistType, o), PageRequest.of(page, pageSize)).map(ChecklistResponse::of)
                .response(uri);
    }

    @HEAD
    public Response count(@QueryParam("checklist_type") String checklistType) {
        return PagedResponse.count(checklists.list(checklistType, null).count());
    }

    @GET
    @Path("{uuid}/")
    public ChecklistResponse get(@PathParam("uuid") String uuid) {
        return ChecklistResponse.of(checklists.get(Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    public ChecklistResponse update(@PathParam("uuid") String uuid, JsonNode body) {
        return ChecklistResponse.of(checklists.update(Uuids.pathParam(uuid), body));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        checklists.delete(Uuids.pathParam(uuid));
        return Response.noContent().build();
    }

    /** The checklist's questions, by order. */
    @GET
    @Path("{uuid}/questions/")
    public Response questions(@PathParam("uuid") String uuid, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @QueryParam("o") String o, @Context UriInfo uri) {
        Checklist checklist = checklists.get(Uuids.pathParam(uuid));
        return Pages.of(questions.list(checklist.uuid, o), PageRequest.of(page, pageSize)).mapAll(QuestionApi::list)
                .response(uri);
    }

    @HEAD
    @Path("{uuid}/questions/")
    public Response countQuestions(@PathParam("uuid") String uuid) {
        Checklist checklist = checklists.get(Uuids.pathParam(uuid));
        return PagedResponse.count(questions.list(checklist.uuid, null).count());
    }
}
