package org.offeringcompliance.reporting.provider;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.StatelessSession;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Where;
import org.offeringcompliance.common.export.RowWriter;
import org.offeringcompliance.reporting.completion.ComplianceStates;
import org.offeringcompliance.reporting.offering.OfferingReport;
import org.offeringcompliance.reporting.offeringuser.OfferingUserReport;
import org.offeringcompliance.reporting.provider.ProviderReportApi.ChecklistSummaryItem;
import org.offeringcompliance.reporting.provider.ProviderReportApi.OfferingUserItem;
import org.offeringcompliance.reporting.provider.ProviderReportApi.OverviewItem;

/**
 * The three reports of one provider's customer, each a count and a page over its read model: the overview reads the
 * per-offering counters and never the users.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderReports {

    /** The row's compliance_status values, and overdue: rows whose current completion is overdue (also pending). */
    public static final Set<String> COMPLIANCE_STATUSES = Set.of("completed", "pending", "no_checklist",
            ComplianceStates.OVERDUE);

    /** Rows an export reads from the database at a time. */
    static final int EXPORT_FETCH = 1000;
    private static final String OFFERING_USERS_COUNT = "select count(r) from OfferingUserReport r";
    private static final String OFFERING_USERS = "select r, k.name from OfferingUserReport r "
            + "left join ChecklistRef k on k.checklistUuid = r.checklistUuid";
    private static final String OFFERING_USERS_ORDER = " order by r.offeringName, r.userFullName, r.offeringUserUuid";

    @Inject
    EntityManager em;

    @Inject
    StatelessSession stateless;

    public Pages<OverviewItem> overview(UUID customer, PageRequest request) {
        Where where = new Where("o.customerUuid = :customer and o.deleted = false").param("customer", customer);
        return Pages.fetch(em, "select count(o) from OfferingReport o" + where.clause(),
                "select o, k.name from OfferingReport o left join ChecklistRef k on k.checklistUuid = o.checklistUuid"
                        + where.clause() + " order by o.name, o.offeringUuid",
                where, Object[].class, request).map(row -> OverviewItem.of((OfferingReport) row[0], (String) row[1]));
    }

    /** compliance_status is one of {@link #COMPLIANCE_STATUSES} or null. */
    public Pages<OfferingUserItem> offeringUsers(UUID customer, UUID offering, String complianceStatus,
            PageRequest request) {
        Where where = offeringUsersWhere(customer, offering, complianceStatus);
        return Pages.fetch(em, OFFERING_USERS_COUNT + where.clause(),
                OFFERING_USERS + where.clause() + OFFERING_USERS_ORDER, where, Object[].class, request)
                .map(row -> OfferingUserItem.of((OfferingUserReport) row[0], (String) row[1]));
    }

    /** The number of rows of the offering_users report under these filters. */
    public long countOfferingUsers(UUID customer, UUID offering, String complianceStatus) {
        Where where = offeringUsersWhere(customer, offering, complianceStatus);
        return Pages.count(em, OFFERING_USERS_COUNT + where.clause(), where);
    }

    /**
     * Every row of the offering_users report under the same filters, in its order, handed to the writer as the
     * database returns them: a cursor of {@link #EXPORT_FETCH} rows at a time through a stateless session, which keeps
     * no entity after its row is written. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exportOfferingUsers(UUID customer, UUID offering, String complianceStatus, RowWriter out)
            throws IOException {
        Where where = offeringUsersWhere(customer, offering, complianceStatus);
        // The first rows must leave at once: a plan that sorts a million rows before returning one would not. pgjdbc's
        // cursor is planned for all its rows, so sorts are ruled out here and the report's indexes give the order.
        stateless.createNativeMutationQuery("SET LOCAL enable_sort = off").executeUpdate();
        // Within one offering the report's order is by user alone, which the offering's own index has.
        String order = offering == null ? OFFERING_USERS_ORDER : " order by r.userFullName, r.offeringUserUuid";
        var query = stateless.createQuery(OFFERING_USERS + where.clause() + order, Object[].class);
        where.bind(query).setFetchSize(EXPORT_FETCH);
        try (ScrollableResults<Object[]> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                Object[] row = rows.get();
                out.row(OfferingUserItem.of((OfferingUserReport) row[0], (String) row[1]).cells());
            }
        }
    }

    private static Where offeringUsersWhere(UUID customer, UUID offering, String complianceStatus) {
        Where where = new Where("r.customerUuid = :customer").param("customer", customer)
                .equal("r.offeringUuid", "offering", offering);
        if (ComplianceStates.OVERDUE.equals(complianceStatus)) {
            // A literal, not a parameter: a generic plan could not use the partial index of overdue rows.
            where.and("r.complianceState = '" + ComplianceStates.OVERDUE + "'");
        } else {
            where.equal("r.complianceStatus", "status", complianceStatus);
        }
        return where;
    }

    public Pages<ChecklistSummaryItem> checklistsSummary(UUID customer, PageRequest request) {
        Where where = new Where("o.customerUuid = :customer and o.deleted = false and o.checklistUuid is not null")
                .param("customer", customer);
        return Pages.fetch(em, "select count(distinct o.checklistUuid) from OfferingReport o" + where.clause(),
                "select o.checklistUuid, k.name, k.questionsCount, count(o) from OfferingReport o "
                        + "left join ChecklistRef k on k.checklistUuid = o.checklistUuid" + where.clause()
                        + " group by o.checklistUuid, k.name, k.questionsCount order by count(o) desc, k.name, "
                        + "o.checklistUuid",
                where, Object[].class, request).map(ChecklistSummaryItem::of);
    }
}
