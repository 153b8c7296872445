package org.offeringcompliance.checklist.completion;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.checklist.completion.CompletionViews.ChecklistView;
import org.offeringcompliance.checklist.completion.CompletionViews.CompletionStatus;
import org.offeringcompliance.checklist.completion.CompletionViews.ReviewStatus;
import org.offeringcompliance.checklist.completion.CompletionViews.SubmitResult;
import org.offeringcompliance.checklist.marketplace.ComplianceAccess;
import org.offeringcompliance.checklist.marketplace.ComplianceAccess.Action;
import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.common.security.CurrentCaller;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** An offering user's compliance: their checklist, status and answers, and the provider's review. */
@Path("/api/marketplace-offering-users/{uuid}/")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferingUserComplianceResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ComplianceAccess access;

    @Inject
    CompletionService completions;

    @GET
    @Path("checklist/")
    public ChecklistView checklist(@PathParam("uuid") String uuid, @QueryParam("include_all") String includeAll) {
        Caller caller = currentCaller.get();
        OfferingUserRef ou = allowed(caller, uuid, Action.ANSWER);
        return CompletionReader.checklist(CompletionState.load(completions.current(ou)), caller.id(),
                "true".equalsIgnoreCase(includeAll), false);
    }

    @GET
    @Path("completion_status/")
    public CompletionStatus completionStatus(@PathParam("uuid") String uuid) {
        OfferingUserRef ou = allowed(currentCaller.get(), uuid, Action.ANSWER);
        CompletionState state = CompletionState.load(completions.current(ou));
        return CompletionStatus.of(state);
    }

    @POST
    @Path("submit_answers/")
    public SubmitResult submitAnswers(@PathParam("uuid") String uuid, JsonNode body) {
        Caller caller = currentCaller.get();
        return completions.submit(caller, allowed(caller, uuid, Action.ANSWER), body);
    }

    @GET
    @Path("checklist_review/")
    public ChecklistView checklistReview(@PathParam("uuid") String uuid, @QueryParam("include_all") String includeAll) {
        Caller caller = currentCaller.get();
        OfferingUserRef ou = allowed(caller, uuid, Action.REVIEW);
        return CompletionReader.checklist(CompletionState.load(completions.current(ou)), caller.id(),
                "true".equalsIgnoreCase(includeAll), true);
    }

    @GET
    @Path("completion_review_status/")
    public ReviewStatus completionReviewStatus(@PathParam("uuid") String uuid) {
        OfferingUserRef ou = allowed(currentCaller.get(), uuid, Action.REVIEW);
        return CompletionReader.reviewStatus(CompletionState.load(completions.current(ou)));
    }

    @POST
    @Path("review_completion/")
    public ReviewStatus reviewCompletion(@PathParam("uuid") String uuid, JsonNode body) {
        Caller caller = currentCaller.get();
        OfferingUserRef ou = allowed(caller, uuid, Action.REVIEW);
        completions.review(caller, ou, body);
        return CompletionReader.reviewStatus(CompletionState.load(completions.current(ou)));
    }

    private OfferingUserRef allowed(Caller caller, String uuid, Action action) {
        OfferingUserRef ou = access.visibleOfferingUser(caller, Uuids.pathParam(uuid));
        access.require(caller, ou, action);
        return ou;
    }
}
