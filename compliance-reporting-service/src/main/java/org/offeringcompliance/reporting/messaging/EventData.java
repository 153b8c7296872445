package org.offeringcompliance.reporting.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parts of the consumed events that the read models use (producers' AsyncAPI documents and golden samples have the
 * rest); uuids are hex. A required uuid that is missing or malformed makes the event unreadable: it goes to the
 * dead-letter topic.
 */
public final class EventData {

    private EventData() {}

    public static UUID required(String field, String hex) {
        UUID uuid = optional(field, hex);
        if (uuid == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return uuid;
    }

    public static UUID optional(String field, String hex) {
        return hex == null
                ? null
                : Uuids.tryParse(hex).orElseThrow(() -> new IllegalArgumentException(field + " is not a uuid"));
    }

    /** marketplace.customer.created|updated */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomerData(@JsonProperty("customer_uuid") String customerUuid, String name) {}

    /** marketplace.service_provider.created */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceProviderData(@JsonProperty("service_provider_uuid") String serviceProviderUuid,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("customer_name") String customerName) {}

    /** marketplace.role.granted|revoked */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleData(@JsonProperty("customer_uuid") String customerUuid, @JsonProperty("user_uuid") String userUuid,
            String role) {}

    /** marketplace.offering.* ; version orders every change of the offering. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferingData(@JsonProperty("offering_uuid") String offeringUuid, String name,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("customer_name") String customerName,
            @JsonProperty("compliance_checklist") String complianceChecklist, long version) {

        public UUID offering() {
            return required("offering_uuid", offeringUuid);
        }

        public UUID customer() {
            return required("customer_uuid", customerUuid);
        }

        public UUID checklist() {
            return optional("compliance_checklist", complianceChecklist);
        }
    }

    /** marketplace.offering_user.* ; compliance_checklist is the offering's when the event was written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferingUserData(@JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_uuid") String offeringUuid, @JsonProperty("offering_name") String offeringName,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("user_uuid") String userUuid,
            String username, @JsonProperty("user_full_name") String userFullName,
            @JsonProperty("user_email") String userEmail, String state,
            @JsonProperty("is_restricted") boolean restricted,
            @JsonProperty("compliance_checklist") String complianceChecklist, long version, Instant created,
            Instant modified) {

        public UUID offeringUser() {
            return required("offering_user_uuid", offeringUserUuid);
        }

        public UUID offering() {
            return required("offering_uuid", offeringUuid);
        }

        public UUID customer() {
            return required("customer_uuid", customerUuid);
        }

        public UUID user() {
            return required("user_uuid", userUuid);
        }

        public UUID checklist() {
            return optional("compliance_checklist", complianceChecklist);
        }
    }

    /** checklist.checklist.* ; version orders every change of the checklist and its questions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChecklistData(@JsonProperty("checklist_uuid") String checklistUuid, String name, String description,
            @JsonProperty("questions_count") int questionsCount, long version) {

        public UUID checklist() {
            return required("checklist_uuid", checklistUuid);
        }
    }

    /** checklist.question.* : only the checklist's counts after the change matter here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuestionData(@JsonProperty("checklist_uuid") String checklistUuid,
            @JsonProperty("questions_count") int questionsCount,
            @JsonProperty("checklist_version") long checklistVersion) {

        public UUID checklist() {
            return required("checklist_uuid", checklistUuid);
        }
    }

    /**
     * checklist.completion.* (checklist-service's CompletionEvents.CompletionData). Events written before deadlines
     * existed have no cycle and no compliance_state (CompletionFact derives them).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompletionData(@JsonProperty("completion_uuid") String completionUuid,
            @JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_uuid") String offeringUuid, @JsonProperty("checklist_uuid") String checklistUuid,
            @JsonProperty("checklist_name") String checklistName,
            @JsonProperty("checklist_description") String checklistDescription,
            @JsonProperty("is_completed") boolean completed,
            @JsonProperty("completion_percentage") BigDecimal completionPercentage,
            @JsonProperty("unanswered_required_questions") int unansweredRequiredQuestions,
            @JsonProperty("requires_review") boolean requiresReview, @JsonProperty("reviewed_by") String reviewedBy,
            @JsonProperty("reviewed_at") Instant reviewedAt, @JsonProperty("review_notes") String reviewNotes,
            Instant created, Instant modified, long version, @JsonProperty("due_at") Instant dueAt,
            @JsonProperty("completed_at") Instant completedAt, @JsonProperty("expires_at") Instant expiresAt,
            Integer cycle, @JsonProperty("compliance_state") String complianceState) {

        public UUID completion() {
            return required("completion_uuid", completionUuid);
        }

        public UUID offeringUser() {
            return required("offering_user_uuid", offeringUserUuid);
        }

        public UUID offering() {
            return required("offering_uuid", offeringUuid);
        }

        public UUID checklist() {
            return required("checklist_uuid", checklistUuid);
        }

        public UUID reviewer() {
            return optional("reviewed_by", reviewedBy);
        }
    }
}
