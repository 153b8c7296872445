package org.offeringcompliance.reporting.completion;

import java.math.BigDecimal;
import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.reporting.offeringuser.OfferingUserReport;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response bodies of /api/marketplace-offering-user-checklist-completions/ (the seed's field table). */
public final class CompletionApi {

    private CompletionApi() {}

    public record OfferingUserSummary(String uuid, String username, @JsonProperty("user_full_name") String userFullName,
            @JsonProperty("user_email") String userEmail, String state,
            @JsonProperty("is_restricted") boolean restricted) {}

    public record CompletionItem(String uuid, @JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_name") String offeringName, @JsonProperty("offering_uuid") String offeringUuid,
            @JsonProperty("customer_provider_uuid") String customerProviderUuid,
            @JsonProperty("customer_provider_name") String customerProviderName,
            @JsonProperty("checklist_uuid") String checklistUuid, @JsonProperty("checklist_name") String checklistName,
            @JsonProperty("checklist_description") String checklistDescription,
            @JsonProperty("is_completed") boolean completed,
            @JsonProperty("completion_percentage") BigDecimal completionPercentage,
            @JsonProperty("unanswered_required_questions") int unansweredRequiredQuestions,
            @JsonProperty("requires_review") boolean requiresReview, @JsonProperty("reviewed_by") String reviewedBy,
            @JsonProperty("reviewed_at") Instant reviewedAt, @JsonProperty("review_notes") String reviewNotes,
            Instant created, Instant modified, @JsonProperty("due_at") Instant dueAt,
            @JsonProperty("completed_at") Instant completedAt, @JsonProperty("expires_at") Instant expiresAt, int cycle,
            @JsonProperty("compliance_state") String complianceState,
            @JsonProperty("offering_user") OfferingUserSummary offeringUser) {

        /** Row: the offering user's report row with a current completion, the customer's name, the checklist's. */
        static CompletionItem of(Object[] row) {
            OfferingUserReport r = (OfferingUserReport) row[0];
            return new CompletionItem(Uuids.hex(r.completionUuid), Uuids.hex(r.offeringUserUuid), r.offeringName,
                    Uuids.hex(r.offeringUuid), Uuids.hex(r.customerUuid), (String) row[1], Uuids.hex(r.checklistUuid),
                    (String) row[2], (String) row[3], r.completed, r.completionPercentage, r.unansweredRequired,
                    r.requiresReview, Uuids.hex(r.reviewedBy), r.reviewedAt, r.reviewNotes, r.completionCreated,
                    r.completionModified, r.dueAt, r.completedAt, r.expiresAt, r.cycle, r.complianceState,
                    new OfferingUserSummary(Uuids.hex(r.offeringUserUuid), r.username,
                            r.userFullName, r.userEmail, r.state, r.restricted));
        }

        /** Row: a completion kept for audit, its offering user's report row, the customer's and checklist's names. */
        static CompletionItem ofKept(Object[] row) {
            CompletionFact f = (CompletionFact) row[0];
            OfferingUserReport r = (OfferingUserReport) row[1];
            return new CompletionItem(Uuids.hex(f.completionUuid), Uuids.hex(r.offeringUserUuid), r.offeringName,
                    Uuids.hex(r.offeringUuid), Uuids.hex(r.customerUuid), (String) row[2], Uuids.hex(f.checklistUuid),
                    (String) row[3], (String) row[4], f.completed, f.completionPercentage, f.unansweredRequired,
                    f.requiresReview, Uuids.hex(f.reviewedBy), f.reviewedAt, f.reviewNotes, f.created, f.modified,
                    f.dueAt, f.completedAt, f.expiresAt, f.cycle, f.complianceState,
                    new OfferingUserSummary(Uuids.hex(r.offeringUserUuid), r.username, r.userFullName, r.userEmail,
                            r.state, r.restricted));
        }
    }
}
