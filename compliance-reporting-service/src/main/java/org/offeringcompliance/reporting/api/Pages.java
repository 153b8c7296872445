package org.offeringcompliance.reporting.api;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Where;

/**
 * One page of a list from exactly two statements, a count and the page, whatever the page size; a page past the end is
 * a 404.
 */
public record Pages<R>(List<R> items, long total, PageRequest request) {

    public static <T, R> Pages<R> fetch(EntityManager em, String countHql, String pageHql, Where where,
            Class<T> rowType, Function<T, R> toItem, PageRequest request) {
        return fetch(em, count(em, countHql, where), pageHql, where, rowType, toItem, request);
    }

    /** As above, with the total already known (from counters kept beside the rows). */
    public static <T, R> Pages<R> fetch(EntityManager em, long total, String pageHql, Where where, Class<T> rowType,
            Function<T, R> toItem, PageRequest request) {
        request.checkWithin(total);
        List<T> rows = where.bind(em.createQuery(pageHql, rowType)).setFirstResult(request.offset())
                .setMaxResults(request.size()).getResultList();
        return new Pages<>(rows.stream().map(toItem).toList(), total, request);
    }

    public static long count(EntityManager em, String countHql, Where where) {
        return where.bind(em.createQuery(countHql, Long.class)).getSingleResult();
    }

    /** The bare JSON array with X-Result-Count and Link headers. */
    public Response response(UriInfo uri) {
        return PagedResponse.of(items, total, request, uri);
    }
}
