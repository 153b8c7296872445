package org.offeringcompliance.reporting.offeringuser;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.offeringcompliance.reporting.completion.CompletionFact;
import org.offeringcompliance.reporting.completion.ComplianceStates;
import org.offeringcompliance.reporting.offering.Contribution;
import org.offeringcompliance.reporting.offering.OfferingReport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One live offering user with its offering, the offering's current checklist and the current completion (completion
 * columns null when there is none): the row behind both the completions list and the offering_users report.
 */
@Entity
@Table(name = "offering_user_report")
public class OfferingUserReport extends PanacheEntityBase {

    @Id
    @Column(name = "offering_user_uuid")
    public UUID offeringUserUuid;
    @Column(name = "offering_uuid")
    public UUID offeringUuid;
    @Column(name = "offering_name")
    public String offeringName;
    /** The offering's (provider) customer. */
    @Column(name = "customer_uuid")
    public UUID customerUuid;
    @Column(name = "user_uuid")
    public UUID userUuid;
    public String username;
    @Column(name = "user_full_name")
    public String userFullName;
    @Column(name = "user_email")
    public String userEmail;
    public String state;
    @Column(name = "is_restricted")
    public boolean restricted;
    @Column(name = "checklist_uuid")
    public UUID checklistUuid;
    @Column(name = "completion_uuid")
    public UUID completionUuid;
    @Column(name = "is_completed")
    public Boolean completed;
    @Column(name = "completion_percentage")
    public BigDecimal completionPercentage;
    @Column(name = "unanswered_required")
    public Integer unansweredRequired;
    @Column(name = "requires_review")
    public Boolean requiresReview;
    @Column(name = "reviewed_by")
    public UUID reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_notes")
    public String reviewNotes;
    @Column(name = "completion_created")
    public Instant completionCreated;
    @Column(name = "completion_modified")
    public Instant completionModified;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    public Integer cycle;
    /** The checklist service's: pending, overdue, completed, expiring or expired (null without a completion). */
    @Column(name = "compliance_state")
    public String complianceState;
    /** Computed by PostgreSQL from the checklist and completion columns: no_checklist, completed or pending. */
    @Column(name = "compliance_status", insertable = false, updatable = false)
    public String complianceStatus;
    public Instant created;
    public Instant modified;
    public long version;

    public static Contribution contributionOf(OfferingUserReport row) {
        return row == null
                ? Contribution.NONE
                : Contribution.of(row.completionUuid != null, Boolean.TRUE.equals(row.completed),
                        ComplianceStates.OVERDUE.equals(row.complianceState));
    }

    public void belongTo(OfferingReport offering) {
        offeringUuid = offering.offeringUuid;
        offeringName = offering.name;
        customerUuid = offering.customerUuid;
        checklistUuid = offering.checklistUuid;
    }

    /** The completion is shown only while it is of the offering's current checklist. */
    public void show(CompletionFact fact) {
        if (fact == null || !fact.checklistUuid.equals(checklistUuid)) {
            hideCompletion();
            return;
        }
        completionUuid = fact.completionUuid;
        completed = fact.completed;
        completionPercentage = fact.completionPercentage;
        unansweredRequired = fact.unansweredRequired;
        requiresReview = fact.requiresReview;
        reviewedBy = fact.reviewedBy;
        reviewedAt = fact.reviewedAt;
        reviewNotes = fact.reviewNotes;
        completionCreated = fact.created;
        completionModified = fact.modified;
        dueAt = fact.dueAt;
        completedAt = fact.completedAt;
        expiresAt = fact.expiresAt;
        cycle = fact.cycle;
        complianceState = fact.complianceState;
    }

    public void hideCompletion() {
        completionUuid = null;
        completed = null;
        completionPercentage = null;
        unansweredRequired = null;
        requiresReview = null;
        reviewedBy = null;
        reviewedAt = null;
        reviewNotes = null;
        completionCreated = null;
        completionModified = null;
        dueAt = null;
        completedAt = null;
        expiresAt = null;
        cycle = null;
        complianceState = null;
    }
}
