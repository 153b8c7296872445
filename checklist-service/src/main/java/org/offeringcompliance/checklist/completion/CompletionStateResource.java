package org.offeringcompliance.checklist.completion;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.checklist.completion.CompletionEvents.CompletionData;
import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

/**
 * For other services' reconciliation (not routed by the gateway): every completion of a live offering user, current or
 * kept, in the shape of its events, a page at a time in uuid order ({@code after}: the previous page's last uuid).
 */
@Path("/internal/state/completions")
@RolesAllowed({"service", Caller.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class CompletionStateResource {

    static final int PAGE = 2000;

    @Inject
    CompletionQueries queries;

    public record Page(List<CompletionData> items, String next) {}

    @GET
    public Page completions(@QueryParam("after") String after, @QueryParam("uuid") List<String> uuids) {
        List<Completion> completions;
        if (uuids != null && !uuids.isEmpty()) {
            // A reconciliation confirming that these are gone: those of them that exist.
            completions = queries.existing(uuids.stream().limit(PAGE).map(u -> Uuids.parse("uuid", u)).toList());
        } else {
            UUID from = after == null || after.isBlank() ? new UUID(0, 0) : Uuids.parse("after", after);
            completions = queries.after(from, PAGE);
        }
        Map<UUID, OfferingUserRef> refs = queries
                .liveOfferingUsers(completions.stream().map(c -> c.offeringUserUuid).toList());
        List<CompletionData> items = completions.stream().filter(c -> refs.containsKey(c.offeringUserUuid))
                .map(c -> CompletionEvents.dataOf(c, refs.get(c.offeringUserUuid))).toList();
        String next = uuids != null && !uuids.isEmpty() || completions.size() < PAGE
                ? null
                : Uuids.hex(completions.get(completions.size() - 1).uuid);
        return new Page(items, next);
    }
}
