package org.offeringcompliance.checklist.api;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A paginated list response from one query: count, page bounds (past the end: 404), the page mapped to records. */
public final class Lists {

    private Lists() {}

    public static <E> Response page(PanacheQuery<E> query, String page, String pageSize, UriInfo uri,
            Function<List<E>, List<?>> toResponses) {
        PageRequest request = PageRequest.of(page, pageSize);
        long total = query.count();
        request.checkWithin(total);
        List<E> items = query.range(request.offset(), request.offset() + request.size() - 1).list();
        return PagedResponse.of(toResponses.apply(items), total, request, uri);
    }
}
