package org.offeringcompliance.checklist.offering;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The checklist an offering currently uses (null: none), as the marketplace's offering events last said. */
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

    public static boolean isInUse(UUID checklistUuid) {
        return count("checklistUuid", checklistUuid) > 0;
    }
}
