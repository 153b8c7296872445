package org.offeringcompliance.checklist.completion;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
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

    public record Page(List<CompletionData> items, String next) {}

    @GET
    public Page completions(@QueryParam("after") String after, @QueryParam("uuid") List<String> uuids) {
        List<Completion> completions;
        if (uuids != null && !uuids.isEmpty()) {
            // A reconciliation confirming that these are gone: those of them that exist.
            completions = Completion.list("select c from Completion c join fetch c.checklist where c.uuid in ?1",
                    uuids.stream().limit(PAGE).map(u -> Uuids.parse("uuid", u)).toList());
        } else {
            UUID from = after == null || after.isBlank() ? new UUID(0, 0) : Uuids.parse("after", after);
            completions = Completion.<Completion>find("select c from Completion c join fetch c.checklist "
                    + "where c.uuid > ?1 order by c.uuid", from).page(0, PAGE).list();
        }
        Map<UUID, OfferingUserRef> refs = completions.isEmpty()
                ? Map.of()
                : OfferingUserRef.<OfferingUserRef>list("offeringUserUuid in ?1 and deleted = false",
                        completions.stream().map(c -> c.offeringUserUuid).toList()).stream()
                        .collect(Collectors.toMap(r -> r.offeringUserUuid, r -> r));
        List<CompletionData> items = completions.stream().filter(c -> refs.containsKey(c.offeringUserUuid))
                .map(c -> CompletionEvents.dataOf(c, refs.get(c.offeringUserUuid))).toList();
        String next = uuids != null && !uuids.isEmpty() || completions.size() < PAGE
                ? null
                : Uuids.hex(completions.get(completions.size() - 1).uuid);
        return new Page(items, next);
    }
}
