package org.offeringcompliance.reporting.completion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    public int cycle;
    @Column(name = "compliance_state")
    public String complianceState;

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
        describeDeadlines(data);
    }

    private void describeDeadlines(CompletionData data) {
        dueAt = data.dueAt();
        expiresAt = data.expiresAt();
        if (data.complianceState() == null) {
            // Written before deadlines existed: as the migration (and the checklist service's) backfilled them.
            complianceState = completed ? ComplianceStates.COMPLETED : ComplianceStates.PENDING;
            completedAt = completed ? modified : null;
            cycle = 1;
            return;
        }
        complianceState = ComplianceStates.known(data.complianceState());
        completedAt = data.completedAt();
        cycle = data.cycle() == null ? 1 : data.cycle();
        if (cycle < 1) {
            throw new IllegalArgumentException("cycle must be 1 or more");
        }
    }

    /** True when the owner's state has the figures and deadlines this fact shows (reconciliation). */
    public boolean agreesWith(CompletionData owner) {
        CompletionFact expected = new CompletionFact();
        expected.describe(owner);
        return completed == expected.completed && completionPercentage.compareTo(expected.completionPercentage) == 0
                && cycle == expected.cycle && complianceState.equals(expected.complianceState)
                && sameInstant(dueAt, expected.dueAt) && sameInstant(completedAt, expected.completedAt)
                && sameInstant(expiresAt, expected.expiresAt);
    }

    /** Equal at PostgreSQL's precision: what was stored here lost the owner's nanoseconds. */
    private static boolean sameInstant(Instant stored, Instant owner) {
        return stored == null
                ? owner == null
                : owner != null && stored.truncatedTo(ChronoUnit.MICROS).equals(owner.truncatedTo(ChronoUnit.MICROS));
    }
}
