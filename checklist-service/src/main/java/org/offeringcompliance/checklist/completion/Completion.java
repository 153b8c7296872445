package org.offeringcompliance.checklist.completion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.offeringcompliance.checklist.checklist.Checklist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An offering user's progress on one checklist. The stored figures feed events; reads recompute them. Every write path
 * holds the row lock ({@link #lockedForWrite}) and {@link #touch}es it, so the version and `modified` are assigned in
 * the order of the writes, and the version check catches any write that forgot the lock.
 */
@Entity
@Table(name = "completion")
public class Completion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    @Column(name = "offering_user_uuid")
    public UUID offeringUserUuid;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;
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
    @Column(name = "reviewed_by_name")
    public String reviewedByName;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_notes")
    public String reviewNotes;
    public Instant created;
    public Instant modified;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    public int cycle = 1;
    @Column(name = "compliance_state")
    public String complianceState = ComplianceStates.PENDING;
    @Column(name = "awaiting_submit")
    public boolean awaitingSubmit;
    @Column(name = "opened_by_expiry")
    public boolean openedByExpiry;
    @Version
    public long version;

    public static Completion find(UUID offeringUser, UUID checklistUuid) {
        return find("select c from Completion c join fetch c.checklist k where c.offeringUserUuid = ?1 and k.uuid = ?2",
                offeringUser, checklistUuid).firstResult();
    }

    /** Re-reads the row under its lock: what a write sees is the latest committed state, never a stale copy. */
    public Completion lockedForWrite() {
        getEntityManager().refresh(this, LockModeType.PESSIMISTIC_WRITE);
        return this;
    }

    /**
     * Marks a change made under the lock and writes it, so that the version in the event that follows is the row's.
     */
    public void touch() {
        modified = Instant.now();
        getEntityManager().flush();
    }
}
