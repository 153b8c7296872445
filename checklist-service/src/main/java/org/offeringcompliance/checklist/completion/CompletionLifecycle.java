package org.offeringcompliance.checklist.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.checklist.rules.CompletionFigures;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creates and deletes completions as offering users and checklist assignments come and go. */
@ApplicationScoped
public class CompletionLifecycle {

    static final int BATCH = 2000;

    @Inject
    EntityManager em;

    @Inject
    CompletionEvents events;

    @Inject
    ChecklistSnapshots snapshots;

    /**
     * Each offering user's completion of its offering's current checklist, created when missing (kept ones are
     * reused): one insert per checklist, however many offering users arrived in the batch. Returns how many were
     * created.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int ensureCurrent(List<OfferingUserRef> offeringUsers) {
        if (offeringUsers.isEmpty()) {
            return 0;
        }
        UUID[] ids = offeringUsers.stream().map(ou -> ou.offeringUserUuid).toArray(UUID[]::new);
        @SuppressWarnings("unchecked")
        List<UUID> checklists = em.createNativeQuery("SELECT DISTINCT oc.checklist_uuid FROM offering_user_ref r "
                + "JOIN offering_checklist oc ON oc.offering_uuid = r.offering_uuid "
                + "WHERE r.offering_user_uuid = ANY(?1) AND oc.checklist_uuid IS NOT NULL", UUID.class)
                .setParameter(1, ids).getResultList();
        List<Long> created = new ArrayList<>();
        for (UUID checklistUuid : checklists) {
            Checklist checklist = Checklist.findByUuid(checklistUuid);
            if (checklist != null) {
                // An upsert: a backfill of the same offering may be inserting concurrently.
                created.addAll(insertMissing(checklist, "r.offering_user_uuid = ANY(?5) AND oc.checklist_uuid = ?6",
                        ids.length, ids, checklistUuid));
            }
        }
        announce(created);
        return created.size();
    }

    /**
     * Completions of the checklist for every live offering user of the offering, in batches of their own transactions
     * so that 100 000 users neither time out nor hold one huge transaction. Idempotent: existing ones are skipped.
     */
    public int backfill(UUID offering, UUID checklistUuid) {
        int created = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> backfillBatch(offering, checklistUuid));
            created += batch;
        } while (batch == BATCH);
        return created;
    }

    private int backfillBatch(UUID offering, UUID checklistUuid) {
        Checklist checklist = Checklist.find("uuid", checklistUuid).firstResult();
        if (checklist == null) {
            return 0;
        }
        List<Long> ids = insertMissing(checklist, "r.offering_uuid = ?5", BATCH, offering);
        announce(ids);
        return ids.size();
    }

    /** Inserts the missing completions of the checklist for live offering users matching the condition (?5 on). */
    private List<Long> insertMissing(Checklist checklist, String condition, int limit, Object... values) {
        CompletionFigures figures = emptyFigures(checklist);
        // The due date and state as ComplianceStates would settle them, computed in the insert for a whole batch.
        var insert = em.createNativeQuery("INSERT INTO completion (uuid, offering_user_uuid, checklist_id, "
                + "is_completed, completion_percentage, unanswered_required, created, modified, due_at, completed_at, "
                + "expires_at, compliance_state) "
                + "SELECT gen_random_uuid(), r.offering_user_uuid, ?1, ?2, ?3, ?4, now(), now(), d.due_at, "
                + "CASE WHEN ?2 THEN now() END, CASE WHEN ?2 THEN now() + oc.recertify_every_days * interval '1 day' END, "
                + "CASE WHEN ?2 THEN 'completed' WHEN d.due_at < now() THEN 'overdue' ELSE 'pending' END "
                + "FROM offering_user_ref r LEFT JOIN offering_checklist oc ON oc.offering_uuid = r.offering_uuid "
                + "CROSS JOIN LATERAL (SELECT COALESCE(GREATEST(r.created, oc.assigned_at), now()) "
                + "+ oc.due_days * interval '1 day' AS due_at) d "
                + "WHERE " + condition + " AND NOT r.deleted AND NOT EXISTS (SELECT 1 FROM completion c "
                + "WHERE c.offering_user_uuid = r.offering_user_uuid AND c.checklist_id = ?1) LIMIT " + limit
                + " ON CONFLICT DO NOTHING RETURNING id")
                .setParameter(1, checklist.id).setParameter(2, figures.isCompleted())
                .setParameter(3, percentage(figures)).setParameter(4, figures.unansweredRequired().size());
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(5 + i, values[i]);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = insert.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private void announce(List<Long> created) {
        if (created.isEmpty()) {
            return;
        }
        List<Completion> completions = Completion.list("select c from Completion c join fetch c.checklist "
                + "where c.id in ?1", created);
        var refs = OfferingUserRef.<OfferingUserRef>list("offeringUserUuid in ?1",
                completions.stream().map(c -> c.offeringUserUuid).toList()).stream()
                .collect(Collectors.toMap(r -> r.offeringUserUuid, r -> r));
        events.createdAll(completions, refs);
    }

    /** The offering user is gone: so are all its completions and their answers (kept audit ones too). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAll(OfferingUserRef ou) {
        List<Completion> completions = Completion.list("select c from Completion c join fetch c.checklist "
                + "where c.offeringUserUuid = ?1", ou.offeringUserUuid);
        for (Completion c : completions) {
            events.deleted(c, ou);
            c.delete();
        }
    }

    /** Figures of a completion with no answers yet: only questions without dependencies are visible. */
    private CompletionFigures emptyFigures(Checklist checklist) {
        return CompletionFigures.compute(snapshots.of(checklist).specList(), Map.of());
    }

    static BigDecimal percentage(CompletionFigures figures) {
        return BigDecimal.valueOf(figures.completionPercentage()).setScale(1, RoundingMode.HALF_UP);
    }
}
