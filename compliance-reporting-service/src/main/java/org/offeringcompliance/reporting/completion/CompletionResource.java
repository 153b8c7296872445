package org.offeringcompliance.reporting.completion;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
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
import org.offeringcompliance.common.security.CurrentCaller;
import org.offeringcompliance.reporting.completion.CompletionApi.CompletionItem;

import io.quarkus.security.Authenticated;

/** Read-only: current checklist completions of offering users, scoped to the caller (writes answer 405). */
@Path("/api/marketplace-offering-user-checklist-completions/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CompletionQueries completions;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("o") String o, @QueryParam("user_uuid") String userUuid,
            @QueryParam("offering_uuid") String offeringUuid,
            @QueryParam("customer_provider_uuid") String customerProviderUuid,
            @QueryParam("checklist_uuid") String checklistUuid, @QueryParam("is_completed") String isCompleted,
            @QueryParam("requires_review") String requiresReview, @QueryParam("modified_after") String modifiedAfter,
            @QueryParam("compliance_state") String complianceState, @QueryParam("due_before") String dueBefore,
            @Context UriInfo uri) {
        CompletionFilter filter = CompletionFilter.parse(userUuid, offeringUuid, customerProviderUuid, checklistUuid,
                isCompleted, requiresReview, modifiedAfter, complianceState, dueBefore);
        return completions.list(currentCaller.get(), filter, o, PageRequest.of(page, pageSize)).response(uri);
    }

    @HEAD
    public Response count(@QueryParam("user_uuid") String userUuid, @QueryParam("offering_uuid") String offeringUuid,
            @QueryParam("customer_provider_uuid") String customerProviderUuid,
            @QueryParam("checklist_uuid") String checklistUuid, @QueryParam("is_completed") String isCompleted,
            @QueryParam("requires_review") String requiresReview, @QueryParam("modified_after") String modifiedAfter,
            @QueryParam("compliance_state") String complianceState, @QueryParam("due_before") String dueBefore) {
        CompletionFilter filter = CompletionFilter.parse(userUuid, offeringUuid, customerProviderUuid, checklistUuid,
                isCompleted, requiresReview, modifiedAfter, complianceState, dueBefore);
        return PagedResponse.count(completions.count(currentCaller.get(), filter));
    }

    @GET
    @Path("{uuid}/")
    public CompletionItem get(@PathParam("uuid") String uuid) {
        return completions.get(currentCaller.get(), Uuids.pathParam(uuid));
    }
}
