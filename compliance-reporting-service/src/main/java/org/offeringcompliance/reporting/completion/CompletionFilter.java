package org.offeringcompliance.reporting.completion;

import java.time.Instant;
import java.util.UUID;

import org.offeringcompliance.reporting.api.QueryParams;

/** The filters of the completions list, parsed (a malformed value is a 400 naming it); null means absent. */
public record CompletionFilter(UUID user, UUID offering, UUID customerProvider, UUID checklist, Boolean completed,
        Boolean requiresReview, Instant modifiedAfter, String complianceState, Instant dueBefore) {

    public static CompletionFilter parse(String userUuid, String offeringUuid, String customerProviderUuid,
            String checklistUuid, String isCompleted, String requiresReview, String modifiedAfter,
            String complianceState, String dueBefore) {
        return new CompletionFilter(QueryParams.uuid("user_uuid", userUuid),
                QueryParams.uuid("offering_uuid", offeringUuid),
                QueryParams.uuid("customer_provider_uuid", customerProviderUuid),
                QueryParams.uuid("checklist_uuid", checklistUuid), QueryParams.bool("is_completed", isCompleted),
                QueryParams.bool("requires_review", requiresReview),
                QueryParams.instant("modified_after", modifiedAfter),
                QueryParams.choice("compliance_state", complianceState, ComplianceStates.ALL),
                QueryParams.instant("due_before", dueBefore));
    }
}
