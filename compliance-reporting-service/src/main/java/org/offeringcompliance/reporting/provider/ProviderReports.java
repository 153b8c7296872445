package org.offeringcompliance.reporting.provider;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Where;
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

    @Inject
    EntityManager em;

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
        Where where = new Where("r.customerUuid = :customer").param("customer", customer)
                .equal("r.offeringUuid", "offering", offering);
        if (ComplianceStates.OVERDUE.equals(complianceStatus)) {
            // A literal, not a parameter: a generic plan could not use the partial index of overdue rows.
            where.and("r.complianceState = '" + ComplianceStates.OVERDUE + "'");
        } else {
            where.equal("r.complianceStatus", "status", complianceStatus);
        }
        return Pages.fetch(em, "select count(r) from OfferingUserReport r" + where.clause(),
                "select r, k.name from OfferingUserReport r left join ChecklistRef k on k.checklistUuid = r.checklistUuid"
                        + where.clause() + " order by r.offeringName, r.userFullName, r.offeringUserUuid",
                where, Object[].class, request)
                .map(row -> OfferingUserItem.of((OfferingUserReport) row[0], (String) row[1]));
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
