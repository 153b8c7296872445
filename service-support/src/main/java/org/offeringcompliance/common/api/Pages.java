package org.offeringcompliance.common.api;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list from exactly two statements, a count and the page, whatever the page size; a page past the end is
 * a 404.
 */
public record Pages<R>(List<R> items, long total, PageRequest request) {

    /** Reads at most max rows, starting at row first (from 0). */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(int first, int max);
    }

    /** The page of a list of total rows: checked against the total before it is read. */
    public static <T> Pages<T> of(PageRequest request, long total, Rows<T> rows) {
        request.checkWithin(total);
        return new Pages<>(rows.read(request.offset(), request.size()), total, request);
    }

    /** A Panache query's count, then its page. */
    public static <T> Pages<T> of(PanacheQuery<T> query, PageRequest request) {
        return of(request, query.count(), (first, max) -> query.range(first, first + max - 1).list());
    }

    public static <T> Pages<T> fetch(EntityManager em, String countHql, String pageHql, Where where, Class<T> rowType,
            PageRequest request) {
        return fetch(em, count(em, countHql, where), pageHql, where, rowType, request);
    }

    /** As above, with the total already known (from counters kept beside the rows). */
    public static <T> Pages<T> fetch(EntityManager em, long total, String pageHql, Where where, Class<T> rowType,
            PageRequest request) {
        return of(request, total, (first, max) -> where.bind(em.createQuery(pageHql, rowType)).setFirstResult(first)
                .setMaxResults(max).getResultList());
    }

    public static long count(EntityManager em, String countHql, Where where) {
        return where.bind(em.createQuery(countHql, Long.class)).getSingleResult();
    }

    public <S> Pages<S> map(Function<? super R, ? extends S> toItem) {
        return new Pages<>(items.stream().<S>map(toItem).toList(), total, request);
    }

    /** For a mapping that reads what the whole page needs at once. */
    public <S> Pages<S> mapAll(Function<List<R>, List<S>> toItems) {
        return new Pages<>(toItems.apply(items), total, request);
    }

    /** The bare JSON array with X-Result-Count and Link headers. */
    public Response response(UriInfo uri) {
        return PagedResponse.of(items, total, request, uri);
    }
}
