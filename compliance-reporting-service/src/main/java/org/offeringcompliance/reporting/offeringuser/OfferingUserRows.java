package org.offeringcompliance.reporting.offeringuser;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.reporting.offering.Contribution;
import org.offeringcompliance.reporting.offering.OfferingReport;

/**
 * Changes to all offering-user rows of one offering at once (a statement each, however many users), for offering
 * events; the caller holds the offering's lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfferingUserRows {

    private static final String NO_COMPLETION = "completion_uuid = NULL, is_completed = NULL, "
            + "completion_percentage = NULL, unanswered_required = NULL, requires_review = NULL, reviewed_by = NULL, "
            + "reviewed_at = NULL, review_notes = NULL, completion_created = NULL, completion_modified = NULL, "
            + "due_at = NULL, completed_at = NULL, expires_at = NULL, cycle = NULL, compliance_state = NULL";

    @Inject
    EntityManager em;

    public void relabel(OfferingReport offering) {
        em.createNativeQuery("UPDATE offering_user_report SET offering_name = ?2, customer_uuid = ?3 "
                + "WHERE offering_uuid = ?1").setParameter(1, offering.offeringUuid).setParameter(2, offering.name)
                .setParameter(3, offering.customerUuid).executeUpdate();
    }

    /** Every user now shows the offering's new checklist and their completion of it, if one was announced. */
    public void showChecklist(OfferingReport offering) {
        em.createNativeQuery("UPDATE offering_user_report SET checklist_uuid = ?2, " + NO_COMPLETION
                + " WHERE offering_uuid = ?1").setParameter(1, offering.offeringUuid)
                .setParameter(2, offering.checklistUuid).executeUpdate();
        if (offering.checklistUuid == null) {
            return;
        }
        em.createNativeQuery("UPDATE offering_user_report r SET completion_uuid = f.completion_uuid, "
                + "is_completed = f.is_completed, completion_percentage = f.completion_percentage, "
                + "unanswered_required = f.unanswered_required, requires_review = f.requires_review, "
                + "reviewed_by = f.reviewed_by, reviewed_at = f.reviewed_at, review_notes = f.review_notes, "
                + "completion_created = f.created, completion_modified = f.modified, due_at = f.due_at, "
                + "completed_at = f.completed_at, expires_at = f.expires_at, cycle = f.cycle, "
                + "compliance_state = f.compliance_state FROM completion_fact f "
                + "WHERE r.offering_uuid = ?1 AND f.offering_user_uuid = r.offering_user_uuid AND f.checklist_uuid = ?2")
                .setParameter(1, offering.offeringUuid).setParameter(2, offering.checklistUuid).executeUpdate();
    }

    /** The offering's counters recomputed from its rows (after a bulk change; single changes use differences). */
    public Contribution count(UUID offering) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*), count(completion_uuid), "
                + "count(*) FILTER (WHERE completion_uuid IS NOT NULL AND is_completed), "
                + "count(*) FILTER (WHERE completion_uuid IS NOT NULL AND compliance_state = 'overdue') "
                + "FROM offering_user_report WHERE offering_uuid = ?1").setParameter(1, offering).getSingleResult();
        return new Contribution(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(),
                ((Number) counts[2]).intValue(), ((Number) counts[3]).intValue());
    }

    /** The offering is gone, and so is everything of its users; their tombstones stay. */
    public void deleteAllOf(UUID offering) {
        em.createNativeQuery("INSERT INTO deleted_offering_user (offering_user_uuid) SELECT offering_user_uuid "
                + "FROM offering_user_report WHERE offering_uuid = ?1 ON CONFLICT DO NOTHING").setParameter(1, offering)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM completion_fact f USING offering_user_report r WHERE r.offering_uuid = ?1 "
                + "AND f.offering_user_uuid = r.offering_user_uuid").setParameter(1, offering).executeUpdate();
        em.createNativeQuery("DELETE FROM offering_user_report WHERE offering_uuid = ?1").setParameter(1, offering)
                .executeUpdate();
    }
}
