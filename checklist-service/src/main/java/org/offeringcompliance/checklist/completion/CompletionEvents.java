package org.offeringcompliance.checklist.completion;

import static org.offeringcompliance.common.api.Uuids.hex;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.checklist.messaging.Topics;
import org.offeringcompliance.common.events.Outbox;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Completion facts (created, updated with figures or review, overdue, expired, reopened, deleted) for reporting and
 * other systems. `version` is the
 * completion row's, assigned under its lock: consumers keep the event with the highest version.
 */
@ApplicationScoped
public class CompletionEvents {

    public record CompletionData(@JsonProperty("completion_uuid") String completionUuid,
            @JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_uuid") String offeringUuid, @JsonProperty("user_uuid") String userUuid,
            @JsonProperty("checklist_uuid") String checklistUuid, @JsonProperty("checklist_name") String checklistName,
            @JsonProperty("checklist_description") String checklistDescription,
            @JsonProperty("is_completed") boolean isCompleted,
            @JsonProperty("completion_percentage") BigDecimal completionPercentage,
            @JsonProperty("unanswered_required_questions") int unansweredRequiredQuestions,
            @JsonProperty("requires_review") boolean requiresReview, @JsonProperty("reviewed_by") String reviewedBy,
            @JsonProperty("reviewed_by_name") String reviewedByName, @JsonProperty("reviewed_at") Instant reviewedAt,
            @JsonProperty("review_notes") String reviewNotes, Instant created, Instant modified, long version,
            @JsonProperty("due_at") Instant dueAt, @JsonProperty("completed_at") Instant completedAt,
            @JsonProperty("expires_at") Instant expiresAt, int cycle,
            @JsonProperty("compliance_state") String complianceState) {}

    @Inject
    Outbox outbox;

    public void created(Completion c, OfferingUserRef ou) {
        publish("created", c, ou);
    }

    /** Many completions created at once (a backfill): one batch of outbox rows. */
    public void createdAll(List<Completion> completions, Map<UUID, OfferingUserRef> refs) {
        publishAll("created", completions, refs);
    }

    /**
     * Many completions changed at once by the deadline pass or a policy ("overdue", "expired", "reopened" or
     * "updated"): one batch of outbox rows. A completion whose offering user is gone here is not announced.
     */
    public void publishAll(String what, List<Completion> completions, Map<UUID, OfferingUserRef> refs) {
        Map<String, CompletionData> data = new LinkedHashMap<>();
        completions.stream().filter(c -> refs.containsKey(c.offeringUserUuid))
                .forEach(c -> data.put(hex(c.uuid), dataOf(c, refs.get(c.offeringUserUuid))));
        outbox.publishAll(Topics.COMPLETIONS, "checklist.completion." + what, data);
    }

    public void updated(Completion c, OfferingUserRef ou) {
        publish("updated", c, ou);
    }

    public void deleted(Completion c, OfferingUserRef ou) {
        publish("deleted", c, ou);
    }

    private void publish(String what, Completion c, OfferingUserRef ou) {
        outbox.publish(Topics.COMPLETIONS, "checklist.completion." + what, hex(c.uuid), dataOf(c, ou));
    }

    /** The completion as its events describe it (also served to reconciliations). */
    public static CompletionData dataOf(Completion c, OfferingUserRef ou) {
        return new CompletionData(hex(c.uuid), hex(c.offeringUserUuid), hex(ou.offeringUuid), hex(ou.userUuid),
                hex(c.checklist.uuid), c.checklist.name, c.checklist.description, c.completed, c.completionPercentage,
                c.unansweredRequired, c.requiresReview, hex(c.reviewedBy), c.reviewedByName, c.reviewedAt,
                c.reviewNotes, c.created, c.modified, c.version, c.dueAt, c.completedAt, c.expiresAt, c.cycle,
                c.complianceState);
    }
}
