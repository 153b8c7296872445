package org.offeringcompliance.reporting.completion;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.common.security.CurrentCaller;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

@Path("/api/marketplace-offering-user-checklist-completions/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    @Inject
    CurrentCaller currentCaller;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @Context UriInfo uri) {
        Caller caller = currentCaller.get();
        PageRequest request = PageRequest.of(page, pageSize);
        long total = CompletionRow.count("userUuid", caller.id());
        request.checkWithin(total);
        var items = CompletionRow.<CompletionRow>find("userUuid", Sort.descending("modified").and("id"), caller.id())
                .page(Page.of(request.page() - 1, request.size())).list().stream()
                .map(r -> Map.of("uuid", Uuids.hex(r.uuid), "created", r.created, "modified", r.modified)).toList();
        return PagedResponse.of(items, total, request, uri);
    }

    @HEAD
    public Response count() {
        return PagedResponse.count(CompletionRow.count("userUuid", currentCaller.get().id()));
    }
}
