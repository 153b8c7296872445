package org.offeringcompliance.reporting.offeringuser;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.reporting.messaging.EventData.OfferingUserData;
import org.offeringcompliance.reporting.messaging.ProjectionLocks;
import org.offeringcompliance.reporting.offering.Contribution;
import org.offeringcompliance.reporting.offering.OfferingProjection;
import org.offeringcompliance.reporting.offering.OfferingReport;

/**
 * Offering users from their events, under the offering's lock. The offering's counters move by the difference between
 * the row's contribution before and after, so a repeated or stale event (older version) changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfferingUserProjection {

    @Inject
    ProjectionLocks locks;

    @Inject
    ReportRows rows;

    @Inject
    OfferingProjection offerings;

    public void changed(OfferingUserData data) {
        UUID id = data.offeringUser();
        locks.offering(data.offering());
        if (rows.isBuried(id)) {
            return;
        }
        OfferingReport offering = offerings.orProvisional(data);
        OfferingUserReport row = rows.row(id);
        if (offering.deleted || (row != null && row.version > data.version())) {
            return;
        }
        Contribution before = OfferingUserReport.contributionOf(row);
        boolean isNew = row == null;
        if (isNew) {
            row = new OfferingUserReport();
            row.offeringUserUuid = id;
        }
        describe(row, data);
        row.belongTo(offering);
        row.show(rows.factOf(id, offering.checklistUuid));
        if (isNew) {
            rows.add(row);
        }
        offering.count(before, OfferingUserReport.contributionOf(row));
    }

    /** Nothing of the offering user remains but its tombstone: its row, its completions, its share of the counters. */
    public void deleted(OfferingUserData data) {
        UUID id = data.offeringUser();
        locks.offering(data.offering());
        OfferingUserReport row = rows.row(id);
        if (row != null) {
            OfferingReport offering = OfferingReport.findById(row.offeringUuid);
            offering.count(OfferingUserReport.contributionOf(row), Contribution.NONE);
            rows.remove(row);
        }
        rows.removeFacts(id);
        rows.bury(id);
    }

    private static void describe(OfferingUserReport row, OfferingUserData data) {
        row.userUuid = data.user();
        row.username = nonNull(data.username());
        row.userFullName = nonNull(data.userFullName());
        row.userEmail = nonNull(data.userEmail());
        row.state = nonNull(data.state());
        row.restricted = data.restricted();
        row.created = data.created();
        row.modified = data.modified();
        row.version = data.version();
        if (row.created == null || row.modified == null) {
            throw new IllegalArgumentException("created and modified are required");
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
