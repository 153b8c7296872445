package org.offeringcompliance.checklist.checklist;

import jakarta.annotation.security.RolesAllowed;
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
import org.offeringcompliance.common.security.Caller;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@Path("/api/checklists-admin/")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistAdminResource {

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        long total = Checklist.count();
        request.checkWithin(total);
        var items = Checklist.<Checklist>findAll(Sort.by("checklistType", "name", "id"))
                .page(Page.of(request.page() - 1, request.size())).list().stream().map(ChecklistResponse::of).toList();
        return PagedResponse.of(items, total, request, uri);
    }

    @HEAD
    public Response count() {
        return PagedResponse.count(Checklist.count());
    }
}
