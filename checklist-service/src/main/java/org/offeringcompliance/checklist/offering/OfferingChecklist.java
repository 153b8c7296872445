package org.offeringcompliance.checklist.offering;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The checklist an offering currently uses (null: none) and the parts of its compliance policy that set deadlines, as
 * the marketplace's offering events last said.
 */
@Entity
@Table(name = "offering_checklist")
public class OfferingChecklist extends PanacheEntityBase {

    @Id
    @Column(name = "offering_uuid")
    public UUID offeringUuid;
    @Column(name = "checklist_uuid")
    public UUID checklistUuid;
    /** The offering's version in the event that set this row. */
    public Long version;
    @Column(name = "customer_uuid")
    public UUID customerUuid;
    /** The offering's name (null until an event or reconciliation since it was added has told it). */
    public String name;
    /** When the current checklist was assigned: a due date counts from it at the earliest. */
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "due_days")
    public Integer dueDays;
    @Column(name = "recertify_every_days")
    public Integer recertifyEveryDays;
    @Column(name = "grace_days")
    public int graceDays = 14;

    public static boolean isInUse(UUID checklistUuid) {
        return count("checklistUuid", checklistUuid) > 0;
    }
}
