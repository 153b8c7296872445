package org.offeringcompliance.reporting.completion;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Where;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.reporting.api.Pages;
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
            "r.completionCreated", "is_completed", "r.completed", "completion_percentage", "r.completionPercentage");
    private static final String SELECT = "select r, c.name, k.name, k.description from OfferingUserReport r "
            + "left join CustomerRef c on c.customerUuid = r.customerUuid "
            + "left join ChecklistRef k on k.checklistUuid = r.checklistUuid";

    @Inject
    EntityManager em;

    public Pages<CompletionItem> list(Caller caller, CompletionFilter filter, String o, PageRequest request) {
        String order = Ordering.toSql(o, ORDERING, "-modified", "r.completionUuid");
        Where where = filtered(caller, filter);
        return Pages.fetch(em, "select count(r) from OfferingUserReport r" + where.clause(),
                SELECT + where.clause() + " order by " + order, where, Object[].class, CompletionItem::of, request);
    }

    public long count(Caller caller, CompletionFilter filter) {
        Where where = filtered(caller, filter);
        return Pages.count(em, "select count(r) from OfferingUserReport r" + where.clause(), where);
    }

    public CompletionItem get(Caller caller, UUID completion) {
        Where where = scoped(caller).equal("r.completionUuid", "completion", completion);
        return where.bind(em.createQuery(SELECT + where.clause(), Object[].class)).getResultStream().findFirst()
                .map(CompletionItem::of).orElseThrow(ApiException::notFound);
    }

    private static Where scoped(Caller caller) {
        Where where = new Where("r.completionUuid is not null");
        if (!caller.seesEverything()) {
            where.and("(r.userUuid = :me or r.customerUuid in " + CustomerRole.memberCustomersOf(":me") + ")")
                    .param("me", caller.id());
        }
        return where;
    }

    private static Where filtered(Caller caller, CompletionFilter f) {
        Where where = scoped(caller).equal("r.userUuid", "user", f.user()).equal("r.offeringUuid", "offering", f.offering())
                .equal("r.customerUuid", "customerProvider", f.customerProvider())
                .equal("r.checklistUuid", "checklist", f.checklist()).equal("r.completed", "completed", f.completed())
                .equal("r.requiresReview", "requiresReview", f.requiresReview());
        if (f.modifiedAfter() != null) {
            where.and("r.completionModified >= :modifiedAfter").param("modifiedAfter", f.modifiedAfter());
        }
        return where;
    }
}
