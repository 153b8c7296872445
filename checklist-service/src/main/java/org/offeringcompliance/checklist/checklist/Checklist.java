package org.offeringcompliance.checklist.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.offeringcompliance.checklist.api.Timestamps;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A set of questions; its counts and version follow every change of its questions (see QuestionService). */
@Entity
@Table(name = "checklist")
public class Checklist extends PanacheEntityBase {

    public static final List<String> TYPES = List.of("offering_compliance", "project_compliance", "proposal_compliance",
            "project_metadata");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    public String name;
    public String description;
    @Column(name = "checklist_type")
    public String checklistType;
    @Column(name = "questions_count")
    public int questionsCount;
    @Column(name = "required_questions_count")
    public int requiredQuestionsCount;
    /** Bumped on every change of the checklist or its questions, so consumers can ignore an older event that arrives late. */
    public long version;
    public Instant created;
    public Instant modified;

    public static Optional<String> type(String value) {
        return TYPES.contains(value) ? Optional.of(value) : Optional.empty();
    }

    public static Checklist findByUuid(UUID uuid) {
        return find("uuid", uuid).firstResult();
    }

    /** The checklist, locked for this transaction: changes in one checklist take this lock first, one at a time. */
    public static Checklist lockByUuid(UUID uuid) {
        return find("uuid", uuid).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * Locks the checklist that owns a question, option or dependency, before the caller reads that child.
     *
     * @param ownerQuery HQL selecting the owning checklist's id from the child's uuid ?1
     * @return false when there is no such child
     */
    public static boolean lockOwner(String ownerQuery, UUID childUuid) {
        Optional<Long> id = getEntityManager().createQuery(ownerQuery, Long.class).setParameter(1, childUuid)
                .getResultStream().findFirst();
        id.ifPresent(checklistId -> findById(checklistId, LockModeType.PESSIMISTIC_WRITE));
        return id.isPresent();
    }

    public void touch() {
        modified = Timestamps.now();
        version++;
    }
}
