package org.offeringcompliance.reporting.checklist;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.reporting.messaging.EventData.ChecklistData;
import org.offeringcompliance.reporting.messaging.TransactionMemo;

/**
 * Checklist names and question counts. The checklist's version orders its own events and its questions' events, so
 * every change is one statement that only moves forward; a completion event may introduce a checklist provisionally
 * (version 0) until the checklist's own events arrive.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChecklistProjection {

    @Inject
    EntityManager em;

    @Inject
    TransactionMemo memo;

    public void changed(ChecklistData data) {
        em.createNativeQuery("INSERT INTO checklist_ref (checklist_uuid, name, description, questions_count, version) "
                + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (checklist_uuid) DO UPDATE SET name = EXCLUDED.name, "
                + "description = EXCLUDED.description, questions_count = EXCLUDED.questions_count, "
                + "version = EXCLUDED.version WHERE checklist_ref.version < EXCLUDED.version")
                .setParameter(1, data.checklist()).setParameter(2, nonNull(data.name()))
                .setParameter(3, nonNull(data.description())).setParameter(4, data.questionsCount())
                .setParameter(5, data.version()).executeUpdate();
    }

    /** A deleted checklist keeps its name (no offering uses it any more: the checklist service refuses otherwise). */
    public void deleted(ChecklistData data) {
        changed(data);
        em.createNativeQuery("UPDATE checklist_ref SET deleted = true WHERE checklist_uuid = ?1")
                .setParameter(1, data.checklist()).executeUpdate();
    }

    public void questionsChanged(UUID checklist, int questionsCount, long checklistVersion) {
        em.createNativeQuery("UPDATE checklist_ref SET questions_count = ?2, version = ?3 WHERE checklist_uuid = ?1 "
                + "AND version < ?3").setParameter(1, checklist).setParameter(2, questionsCount)
                .setParameter(3, checklistVersion).executeUpdate();
    }

    /** What a completion event tells of its checklist, kept only while the checklist's own events have not arrived. */
    public void mentioned(UUID checklist, String name, String description) {
        if (!memo.first("checklist " + checklist)) {
            return;
        }
        em.createNativeQuery("INSERT INTO checklist_ref (checklist_uuid, name, description, questions_count, version) "
                + "VALUES (?1, ?2, ?3, 0, 0) ON CONFLICT DO NOTHING").setParameter(1, checklist)
                .setParameter(2, nonNull(name)).setParameter(3, nonNull(description)).executeUpdate();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
