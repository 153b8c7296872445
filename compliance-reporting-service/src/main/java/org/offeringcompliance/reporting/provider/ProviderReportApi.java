package org.offeringcompliance.reporting.provider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.reporting.completion.ComplianceStates;
import org.offeringcompliance.reporting.offering.OfferingReport;
import org.offeringcompliance.reporting.offeringuser.OfferingUserReport;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response bodies of /api/marketplace-service-providers/{uuid}/compliance/ (figures as in RULES.md Reporting). */
public final class ProviderReportApi {

    static final BigDecimal NO_PROGRESS = new BigDecimal("0.0");

    private ProviderReportApi() {}

    public record OverviewItem(@JsonProperty("offering_uuid") String offeringUuid,
            @JsonProperty("offering_name") String offeringName, @JsonProperty("checklist_name") String checklistName,
            @JsonProperty("total_users") int totalUsers,
            @JsonProperty("users_with_completions") int usersWithCompletions,
            @JsonProperty("completed_users") int completedUsers, @JsonProperty("pending_users") int pendingUsers,
            @JsonProperty("overdue_users") int overdueUsers, @JsonProperty("compliance_rate") double complianceRate) {

        /** An offering without a checklist shows its real number of users and zeros elsewhere. */
        static OverviewItem of(OfferingReport o, String checklistName) {
            boolean hasChecklist = o.checklistUuid != null;
            int withCompletions = hasChecklist ? o.usersWithCompletions : 0;
            int completed = hasChecklist ? o.completedUsers : 0;
            int overdue = hasChecklist ? o.overdueUsers : 0;
            return new OverviewItem(Uuids.hex(o.offeringUuid), o.name, hasChecklist ? checklistName : null,
                    o.totalUsers, withCompletions, completed, withCompletions - completed, overdue,
                    rate(completed, o.totalUsers));
        }

        /** completed ÷ total × 100, two decimals; 0.0 without users. */
        static double rate(int completed, int total) {
            return total == 0
                    ? 0.0
                    : BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)
                            .doubleValue();
        }
    }

    public record OfferingUserItem(String uuid, @JsonProperty("user_full_name") String userFullName,
            @JsonProperty("user_email") String userEmail, @JsonProperty("offering_name") String offeringName,
            @JsonProperty("checklist_name") String checklistName, String username, String state,
            @JsonProperty("completion_percentage") BigDecimal completionPercentage,
            @JsonProperty("compliance_status") String complianceStatus,
            @JsonProperty("compliance_state") String complianceState, @JsonProperty("due_at") Instant dueAt,
            @JsonProperty("last_updated") Instant lastUpdated, Instant created) {

        /** The export's header row: the JSON fields, in their order. */
        public static final List<String> COLUMNS = List.of("uuid", "user_full_name", "user_email", "offering_name",
                "checklist_name", "username", "state", "completion_percentage", "compliance_status",
                "compliance_state", "due_at", "last_updated", "created");

        /** The export's row: the JSON fields' values in {@link #COLUMNS} order. */
        public List<Object> cells() {
            return Arrays.asList(uuid, userFullName, userEmail, offeringName, checklistName, username, state,
                    completionPercentage, complianceStatus, complianceState, dueAt, lastUpdated, created);
        }

        /**
         * Percentage and compliance_state: null without a checklist, 0.0 and pending while the completion is still
         * being created (without a due date until the checklist service announces it).
         */
        static OfferingUserItem of(OfferingUserReport r, String checklistName) {
            boolean hasChecklist = r.checklistUuid != null;
            boolean creating = hasChecklist && r.completionUuid == null;
            BigDecimal percentage = !hasChecklist ? null : creating ? NO_PROGRESS : r.completionPercentage;
            String state = !hasChecklist ? null : creating ? ComplianceStates.PENDING : r.complianceState;
            return new OfferingUserItem(Uuids.hex(r.offeringUserUuid), r.userFullName, r.userEmail, r.offeringName,
                    hasChecklist ? checklistName : null, r.username, r.state, percentage, r.complianceStatus, state,
                    r.dueAt, r.completionModified, r.created);
        }
    }

    public record ChecklistSummaryItem(@JsonProperty("checklist_uuid") String checklistUuid,
            @JsonProperty("checklist_name") String checklistName, @JsonProperty("questions_count") int questionsCount,
            @JsonProperty("offerings_count") long offeringsCount) {

        /** Row: checklist uuid, its name and question count (null while unknown), number of offerings using it. */
        static ChecklistSummaryItem of(Object[] row) {
            return new ChecklistSummaryItem(Uuids.hex((UUID) row[0]), (String) row[1],
                    row[2] == null ? 0 : ((Number) row[2]).intValue(), ((Number) row[3]).longValue());
        }
    }
}
