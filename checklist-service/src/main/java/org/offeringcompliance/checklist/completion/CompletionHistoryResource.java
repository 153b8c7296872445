package org.offeringcompliance.checklist.completion;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.checklist.marketplace.ComplianceAccess;
import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.CurrentCaller;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** Earlier cycles of an offering user's completions, newest first (API.md section 5): whoever may see the user. */
@Path("/api/completion-history/")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class CompletionHistoryResource {

    public record CycleView(int cycle, @JsonProperty("completed_at") Instant completedAt,
            @JsonProperty("expired_at") Instant expiredAt,
            @JsonProperty("completion_percentage") BigDecimal completionPercentage, JsonNode answers) {

        static CycleView of(CompletionCycle c) {
            return new CycleView(c.cycle, c.completedAt, c.expiredAt, c.completionPercentage, c.answers);
        }
    }

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ComplianceAccess access;

    @GET
    public Response list(@QueryParam("offering_user_uuid") String offeringUser, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        if (offeringUser == null || offeringUser.isBlank()) {
            throw ApiException.fieldError("offering_user_uuid", "This field is required.");
        }
        var uuid = Uuids.tryParse(offeringUser)
                .orElseThrow(() -> ApiException.fieldError("offering_user_uuid", "Must be a valid UUID."));
        OfferingUserRef ou = access.visibleOfferingUser(currentCaller.get(), uuid);
        return Pages.of(CompletionCycle.<CompletionCycle>find("completion.offeringUserUuid = ?1 "
                + "order by cycle desc, id desc", ou.offeringUserUuid), PageRequest.of(page, pageSize))
                .map(CycleView::of).response(uri);
    }
}
