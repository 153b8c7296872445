package org.offeringcompliance.reporting.completion;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Where;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.reporting.completion.CompletionApi.CompletionItem;
import org.offeringcompliance.reporting.customer.CustomerRole;

/**
 * Current completions as the caller may see them: their own, those on offerings of customers they are a member of,
 * or all for staff and support. Filters only narrow that scope.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletionQueries {

    static final Map<String, String> ORDERING = Map.of("modified", "r.completionModified", "created",
            "r.completionCreated", "is_completed", "r.completed", "completion_percentage", "r.completionPercentage",
            "due_at", "r.dueAt");
    private static final String SELECT = "select r, c.name, k.name, k.description from OfferingUserReport r "
            + "left join CustomerRef c on c.customerUuid = r.customerUuid "
            + "left join ChecklistRef k on k.checklistUuid = r.checklistUuid";
    private static final String KEPT = "select f, r, c.name, k.name, k.description from CompletionFact f "
            + "join OfferingUserReport r on r.offeringUserUuid = f.offeringUserUuid "
            + "left join CustomerRef c on c.customerUuid = r.customerUuid "
            + "left join ChecklistRef k on k.checklistUuid = f.checklistUuid";

    @Inject
    EntityManager em;

    public Pages<CompletionItem> list(Caller caller, CompletionFilter filter, String o, PageRequest request) {
        String order = Ordering.toSql(o, ORDERING, "-modified", "r.completionUuid");
        List<UUID> customers = memberships(caller);
        Where where = filtered(caller, customers, filter);
        return Pages.fetch(em, count(caller, customers, filter), SELECT + where.clause() + " order by " + order, where,
                Object[].class, request).map(CompletionItem::of);
    }

    public long count(Caller caller, CompletionFilter filter) {
        return count(caller, memberships(caller), filter);
    }

    private long count(Caller caller, List<UUID> customers, CompletionFilter filter) {
        if (isAboutOfferingsOnly(filter)) {
            return countFromCounters(caller, customers, filter);
        }
        Where where = filtered(caller, customers, filter);
        return Pages.count(em, "select count(r) from OfferingUserReport r" + where.clause(), where);
    }

    private static boolean isAboutOfferingsOnly(CompletionFilter f) {
        return f.user() == null && f.checklist() == null && f.requiresReview() == null && f.modifiedAfter() == null
                && f.complianceState() == null && f.dueBefore() == null;
    }

    /**
     * The total from the offerings' counters, which the projections keep in the same transactions as the rows: a sum
     * over at most the catalogue's offerings instead of a count over up to a million rows. A member's own completions
     * on other customers' offerings are counted from the rows (a handful).
     */
    private long countFromCounters(Caller caller, List<UUID> customers, CompletionFilter f) {
        String counter = f.completed() == null
                ? "o.usersWithCompletions"
                : f.completed() ? "o.completedUsers" : "o.usersWithCompletions - o.completedUsers";
        Where offerings = new Where("o.deleted = false").equal("o.offeringUuid", "offering", f.offering())
                .equal("o.customerUuid", "customerProvider", f.customerProvider());
        if (caller.seesEverything()) {
            return sum(counter, offerings);
        }
        Where own = new Where("r.completionUuid is not null and r.userUuid = :me").param("me", caller.id())
                .equal("r.offeringUuid", "offering", f.offering())
                .equal("r.customerUuid", "customerProvider", f.customerProvider())
                .equal("r.completed", "completed", f.completed());
        if (customers.isEmpty()) {
            return Pages.count(em, "select count(r) from OfferingUserReport r" + own.clause(), own);
        }
        offerings.and("o.customerUuid in :customers").param("customers", customers);
        own.and("r.customerUuid not in :customers").param("customers", customers);
        return sum(counter, offerings) + Pages.count(em, "select count(r) from OfferingUserReport r" + own.clause(), own);
    }

    private long sum(String counter, Where offerings) {
        Number sum = offerings.bind(em.createQuery("select sum(" + counter + ") from OfferingReport o"
                + offerings.clause(), Number.class)).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    /** A current completion, or one kept for audit (its checklist removed or switched), with the same scope. */
    public CompletionItem get(Caller caller, UUID completion) {
        List<UUID> customers = memberships(caller);
        Where where = scoped(caller, customers).equal("r.completionUuid", "completion", completion);
        return where.bind(em.createQuery(SELECT + where.clause(), Object[].class)).getResultStream().findFirst()
                .map(CompletionItem::of).orElseGet(() -> kept(caller, customers, completion));
    }

    private CompletionItem kept(Caller caller, List<UUID> customers, UUID completion) {
        Where where = restricted(new Where("f.completionUuid = :completion").param("completion", completion), caller,
                customers);
        return where.bind(em.createQuery(KEPT + where.clause(), Object[].class)).getResultStream().findFirst()
                .map(CompletionItem::ofKept).orElseThrow(ApiException::notFound);
    }

    /**
     * The customers the caller is a member of (null for staff and support), read first so that the scope is a plain
     * list the planner can use indexes for: an OR with a subquery scanned the whole table for a user with a handful of
     * completions.
     */
    private static List<UUID> memberships(Caller caller) {
        return caller.seesEverything() ? null : CustomerRole.customersOf(caller.id());
    }

    /** The caller's scope; null customers: no restriction (staff and support, or a filter already inside it). */
    private static Where scoped(Caller caller, List<UUID> customers) {
        return restricted(new Where("r.completionUuid is not null"), caller, customers);
    }

    private static Where restricted(Where where, Caller caller, List<UUID> customers) {
        if (customers != null) {
            if (customers.isEmpty()) {
                where.and("r.userUuid = :me").param("me", caller.id());
            } else {
                where.and("(r.userUuid = :me or r.customerUuid in :customers)").param("me", caller.id())
                        .param("customers", customers);
            }
        }
        return where;
    }

    private static Where filtered(Caller caller, List<UUID> customers, CompletionFilter f) {
        // A member asking for one of their own customers is inside their scope already: no OR for the planner to trip on.
        boolean ownCustomer = customers != null && customers.contains(f.customerProvider());
        Where where = (ownCustomer ? scoped(caller, null) : scoped(caller, customers)).equal("r.userUuid", "user", f.user())
                .equal("r.offeringUuid", "offering", f.offering())
                .equal("r.customerUuid", "customerProvider", f.customerProvider())
                .equal("r.checklistUuid", "checklist", f.checklist()).equal("r.completed", "completed", f.completed())
                .equal("r.requiresReview", "requiresReview", f.requiresReview())
                .equal("r.complianceState", "complianceState", f.complianceState());
        if (f.modifiedAfter() != null) {
            where.and("r.completionModified >= :modifiedAfter").param("modifiedAfter", f.modifiedAfter());
        }
        if (f.dueBefore() != null) {
            // Bounds are inclusive, as modified_after's; completions without a due date are never due before anything.
            where.and("r.dueAt <= :dueBefore").param("dueBefore", f.dueBefore());
        }
        return where;
    }
}
