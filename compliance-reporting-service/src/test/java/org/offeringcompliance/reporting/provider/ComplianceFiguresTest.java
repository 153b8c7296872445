package org.offeringcompliance.reporting.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.reporting.offering.OfferingReport;
import org.offeringcompliance.reporting.offeringuser.OfferingUserReport;
import org.offeringcompliance.reporting.provider.ProviderReportApi.OfferingUserItem;
import org.offeringcompliance.reporting.provider.ProviderReportApi.OverviewItem;

/** The figures of RULES.md "Reporting" computed from the read-model rows. */
class ComplianceFiguresTest {

    @Test
    void complianceRateHasTwoDecimalsAndIsZeroWithoutUsers() {
        assertEquals(33.33, OverviewItem.rate(1, 3));
        assertEquals(66.67, OverviewItem.rate(2, 3));
        assertEquals(72.0, OverviewItem.rate(18, 25));
        assertEquals(100.0, OverviewItem.rate(15, 15));
        assertEquals(14.29, OverviewItem.rate(1, 7));
        assertEquals(0.0, OverviewItem.rate(0, 0));
    }

    @Test
    void pendingUsersAreThoseWithACompletionThatIsNotComplete() {
        OfferingReport o = offering(UUID.randomUUID(), 25, 23, 18);
        OverviewItem item = OverviewItem.of(o, "Security");
        assertEquals(5, item.pendingUsers());
        assertEquals(72.0, item.complianceRate());
        assertEquals("Security", item.checklistName());
    }

    @Test
    void anOfferingWithoutAChecklistShowsItsUsersAndZeros() {
        OverviewItem item = OverviewItem.of(offering(null, 10, 0, 0), "ignored");
        assertNull(item.checklistName());
        assertEquals(new OverviewItem(item.offeringUuid(), "Offering", null, 10, 0, 0, 0, 0, 0.0), item);
    }

    @Test
    void aUserWhoseCompletionIsBeingCreatedIsPendingAtZero() {
        OfferingUserReport r = new OfferingUserReport();
        r.offeringUserUuid = UUID.randomUUID();
        r.checklistUuid = UUID.randomUUID();
        r.complianceStatus = "pending";
        OfferingUserItem item = OfferingUserItem.of(r, "Security");
        assertEquals(new BigDecimal("0.0"), item.completionPercentage());
        assertNull(item.lastUpdated());
        r.checklistUuid = null;
        assertNull(OfferingUserItem.of(r, "Security").completionPercentage());
        assertNull(OfferingUserItem.of(r, "Security").checklistName());
    }

    private static OfferingReport offering(UUID checklist, int total, int withCompletions, int completed) {
        OfferingReport o = new OfferingReport();
        o.offeringUuid = UUID.randomUUID();
        o.name = "Offering";
        o.checklistUuid = checklist;
        o.totalUsers = total;
        o.usersWithCompletions = withCompletions;
        o.completedUsers = completed;
        return o;
    }
}
