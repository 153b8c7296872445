package org.offeringcompliance.reporting.checklist;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A checklist's name, description and question count (written by ChecklistProjection). */
@Entity
@Table(name = "checklist_ref")
public class ChecklistRef extends PanacheEntityBase {

    @Id
    @Column(name = "checklist_uuid")
    public UUID checklistUuid;
    public String name;
    public String description;
    @Column(name = "questions_count")
    public int questionsCount;
    public long version;
    public boolean deleted;
}
