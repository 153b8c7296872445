package org.offeringcompliance.reporting.completion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.offeringcompliance.reporting.messaging.EventData.CompletionData;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A completion as its latest event described it, current or kept for audit (never on the wire). */
@Entity
@Table(name = "completion_fact")
public class CompletionFact extends PanacheEntityBase {

    @Id
    @Column(name = "completion_uuid")
    public UUID completionUuid;
    @Column(name = "offering_user_uuid")
    public UUID offeringUserUuid;
    @Column(name = "checklist_uuid")
    public UUID checklistUuid;
    @Column(name = "is_completed")
    public boolean completed;
    @Column(name = "completion_percentage")
    public BigDecimal completionPercentage;
    @Column(name = "unanswered_required")
    public int unansweredRequired;
    @Column(name = "requires_review")
    public boolean requiresReview;
    @Column(name = "reviewed_by")
    public UUID reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_notes")
    public String reviewNotes;
    public Instant created;
    public Instant modified;
    public long version;

    public static CompletionFact of(UUID offeringUser, UUID checklist) {
        return checklist == null
                ? null
                : find("offeringUserUuid = ?1 and checklistUuid = ?2", offeringUser, checklist).firstResult();
    }

    void describe(CompletionData data) {
        offeringUserUuid = data.offeringUser();
        checklistUuid = data.checklist();
        completed = data.completed();
        completionPercentage = data.completionPercentage() == null ? BigDecimal.ZERO : data.completionPercentage();
        unansweredRequired = data.unansweredRequiredQuestions();
        requiresReview = data.requiresReview();
        reviewedBy = data.reviewer();
        reviewedAt = data.reviewedAt();
        reviewNotes = data.reviewNotes() == null ? "" : data.reviewNotes();
        created = data.created();
        modified = data.modified();
        version = data.version();
        if (created == null || modified == null) {
            throw new IllegalArgumentException("created and modified are required");
        }
    }
}
