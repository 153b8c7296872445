package org.offeringcompliance.reporting.completion;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.reporting.checklist.ChecklistProjection;
import org.offeringcompliance.reporting.messaging.EventData.CompletionData;
import org.offeringcompliance.reporting.messaging.ProjectionLocks;
import org.offeringcompliance.reporting.offering.Contribution;
import org.offeringcompliance.reporting.offering.OfferingReport;
import org.offeringcompliance.reporting.offeringuser.OfferingUserReport;
import org.offeringcompliance.reporting.offeringuser.ReportRows;

/**
 * Completions from their events, under the offering's lock. Every completion is kept as a fact; the offering user's row
 * shows it while it is of the offering's current checklist, and the offering's counters move by the difference. A
 * completion event may arrive before its offering user's: the row picks the fact up when it is created.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompletionProjection {

    @Inject
    ProjectionLocks locks;

    @Inject
    ReportRows rows;

    @Inject
    ChecklistProjection checklists;

    public void changed(CompletionData data) {
        UUID offeringUser = data.offeringUser();
        locks.offering(data.offering());
        if (rows.isBuried(offeringUser)) {
            return;
        }
        CompletionFact fact = rows.fact(offeringUser, data.completion());
        if (fact != null && !isNewer(data, fact)) {
            return;
        }
        if (fact == null) {
            fact = new CompletionFact();
            fact.completionUuid = data.completion();
            fact.describe(data);
            rows.add(fact);
        } else {
            fact.describe(data);
        }
        checklists.mentioned(data.checklist(), data.checklistName(), data.checklistDescription());
        showOnRow(offeringUser, fact);
    }

    /**
     * Versions are assigned under the completion's row lock, so the higher one is the later write. Events written
     * before versions existed all carry 0: among those, the later `modified` wins.
     */
    static boolean isNewer(CompletionData data, CompletionFact fact) {
        return data.version() > fact.version
                || data.version() == fact.version && data.modified().isAfter(fact.modified);
    }

    public void deleted(CompletionData data) {
        locks.offering(data.offering());
        CompletionFact fact = rows.fact(data.offeringUser(), data.completion());
        if (fact != null) {
            rows.remove(fact);
        }
        OfferingUserReport row = rows.row(data.offeringUser());
        if (row != null && data.completion().equals(row.completionUuid)) {
            showOnRow(row, null);
        }
    }

    private void showOnRow(UUID offeringUser, CompletionFact fact) {
        OfferingUserReport row = rows.row(offeringUser);
        if (row != null && fact.checklistUuid.equals(row.checklistUuid)) {
            showOnRow(row, fact);
        }
    }

    private void showOnRow(OfferingUserReport row, CompletionFact fact) {
        OfferingReport offering = OfferingReport.findById(row.offeringUuid);
        Contribution before = OfferingUserReport.contributionOf(row);
        row.show(fact);
        offering.count(before, OfferingUserReport.contributionOf(row));
    }
}
