package org.offeringcompliance.checklist.dependency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.checklist.dependency.DependencyApi.DependencyResponse;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

import com.fasterxml.jackson.databind.JsonNode;

/** Dependencies are created and deleted, never edited (as in Waldur): delete and create again to change one. */
@Path("/api/checklists-admin/question-dependencies/")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DependencyResource {

    @Inject
    DependencyService dependencies;

    @POST
    public Response create(JsonNode body) {
        return Response.status(201).entity(DependencyResponse.of(dependencies.create(body))).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("question_uuid") String questionUuid,
            @QueryParam("depends_on_question_uuid") String dependsOnQuestionUuid,
            @QueryParam("checklist_uuid") String checklistUuid, @QueryParam("o") String o, @Context UriInfo uri) {
        return Pages.of(dependencies.list(questionUuid, dependsOnQuestionUuid, checklistUuid, o),
                PageRequest.of(page, pageSize)).map(DependencyResponse::of).response(uri);
    }

    @HEAD
    public Response count(@QueryParam("question_uuid") String questionUuid,
            @QueryParam("depends_on_question_uuid") String dependsOnQuestionUuid,
            @QueryParam("checklist_uuid") String checklistUuid) {
        return PagedResponse.count(dependencies.list(questionUuid, dependsOnQuestionUuid, checklistUuid, null).count());
    }

    @GET
    @Path("{uuid}/")
    public DependencyResponse get(@PathParam("uuid") String uuid) {
        return DependencyResponse.of(dependencies.get(Uuids.pathParam(uuid)));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        dependencies.delete(Uuids.pathParam(uuid));
        return Response.noContent().build();
    }
}
