package org.offeringcompliance.notification.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The event types a subscription may ask for (API.md section 6), and which of them an owner's event makes: a completion
 * event its namesake, an update what changed in the completion's flags, a checklist assigned or removed
 * checklist_changed.
 */
public final class ComplianceTypes {

    public static final String CREATED = "compliance.completion.created";
    public static final String COMPLETED = "compliance.completion.completed";
    public static final String REOPENED = "compliance.completion.reopened";
    public static final String REVIEW_REQUIRED = "compliance.completion.review_required";
    public static final String REVIEWED = "compliance.completion.reviewed";
    public static final String OVERDUE = "compliance.completion.overdue";
    public static final String EXPIRED = "compliance.completion.expired";
    public static final String DELETED = "compliance.completion.deleted";
    public static final String CHECKLIST_CHANGED = "compliance.offering.checklist_changed";
    /** Sent by POST /api/webhooks/{uuid}/test/ whatever the subscription's types. */
    public static final String TEST = "webhook.test";

    public static final List<String> ALL = List.of(CREATED, COMPLETED, REOPENED, REVIEW_REQUIRED, REVIEWED, OVERDUE,
            EXPIRED, DELETED, CHECKLIST_CHANGED);

    private ComplianceTypes() {}

    /** What a completion held before and after an event: the flags whose changes are events of their own. */
    public record CompletionFlags(boolean completed, boolean requiresReview, Instant reviewedAt) {

        /** A completion not seen before. */
        public static final CompletionFlags NONE = new CompletionFlags(false, false, null);

        /** At the database's precision, so a stored and a received time compare equal. */
        public CompletionFlags {
            reviewedAt = reviewedAt == null ? null : reviewedAt.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The compliance events of a checklist.completion.* event that changed the completion from before to after. */
    public static List<String> ofCompletion(String ownerType, CompletionFlags before, CompletionFlags after) {
        String action = ownerType.substring(ownerType.lastIndexOf('.') + 1);
        return switch (action) {
            case "created" -> List.of(CREATED);
            case "deleted" -> List.of(DELETED);
            case "overdue" -> List.of(OVERDUE);
            case "expired" -> List.of(EXPIRED);
            case "reopened" -> List.of(REOPENED);
            case "updated" -> ofUpdate(before, after);
            default -> List.of();
        };
    }

    /** The compliance events of a marketplace.offering.* event. */
    public static List<String> ofOffering(String ownerType) {
        return ownerType.endsWith(".checklist_assigned") || ownerType.endsWith(".checklist_removed")
                ? List.of(CHECKLIST_CHANGED)
                : List.of();
    }

    private static List<String> ofUpdate(CompletionFlags before, CompletionFlags after) {
        List<String> types = new ArrayList<>();
        if (after.completed() && !before.completed()) {
            types.add(COMPLETED);
        }
        if (after.requiresReview() && !before.requiresReview()) {
            types.add(REVIEW_REQUIRED);
        }
        if (after.reviewedAt() != null && !Objects.equals(after.reviewedAt(), before.reviewedAt())) {
            types.add(REVIEWED);
        }
        return types;
    }
}
