package org.offeringcompliance.common.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A list response: bare JSON array, X-Result-Count and a Link header with first/prev/next/last. */
public final class PagedResponse {

    public static final String RESULT_COUNT = "X-Result-Count";

    private PagedResponse() {}

    public static Response of(List<?> items, long total, PageRequest request, UriInfo uri) {
        return Response.ok(items).header(RESULT_COUNT, total).header("Link", links(total, request, uri)).build();
    }

    /** HEAD on a list: the count, no body. */
    public static Response count(long total) {
        return Response.ok().header(RESULT_COUNT, total).build();
    }

    static String links(long total, PageRequest request, UriInfo uri) {
        long last = Math.max(1, (total + request.size() - 1) / request.size());
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, request.size(), "first"));
        if (request.page() > 1) {
            links.add(link(uri, Math.min(request.page() - 1, last), request.size(), "prev"));
        }
        if (request.page() < last) {
            links.add(link(uri, request.page() + 1, request.size(), "next"));
        }
        links.add(link(uri, last, request.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, long page, int size, String rel) {
        String url = uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("page_size", size)
                .build().toString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
