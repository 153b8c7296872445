package org.offeringcompliance.notification.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.webhook.ComplianceTypes.CompletionFlags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of the owners' events this service keeps (their AsyncAPI documents have the whole). */
public final class EventData {

    private EventData() {}

    static UUID uuid(String hex) {
        return hex == null ? null : Uuids.tryParse(hex).orElseThrow(() -> new IllegalArgumentException("bad uuid " + hex));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleData(@JsonProperty("customer_uuid") String customerUuid,
            @JsonProperty("user_uuid") String userUuid, @JsonProperty("full_name") String fullName, String email,
            String role) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProviderData(@JsonProperty("service_provider_uuid") String providerUuid,
            @JsonProperty("customer_uuid") String customerUuid) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PolicyData(@JsonProperty("reminder_days") List<Integer> reminderDays,
            @JsonProperty("overdue_every_days") Integer overdueEveryDays,
            @JsonProperty("escalate_after") Integer escalateAfter) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferingData(@JsonProperty("offering_uuid") String offeringUuid, String name,
            @JsonProperty("customer_uuid") String customerUuid,
            @JsonProperty("compliance_policy") PolicyData policy, long version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferingUserData(@JsonProperty("user_uuid") String userUuid,
            @JsonProperty("user_full_name") String userFullName, @JsonProperty("user_email") String userEmail) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompletionData(@JsonProperty("completion_uuid") String completionUuid,
            @JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_uuid") String offeringUuid, @JsonProperty("user_uuid") String userUuid,
            @JsonProperty("is_completed") boolean isCompleted, @JsonProperty("due_at") Instant dueAt,
            @JsonProperty("compliance_state") String complianceState, Integer cycle, long version,
            @JsonProperty("requires_review") boolean requiresReview, @JsonProperty("reviewed_at") Instant reviewedAt) {

        public CompletionFlags flags() {
            return new CompletionFlags(isCompleted, requiresReview, reviewedAt);
        }
    }
}
