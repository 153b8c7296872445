package org.offeringcompliance.reporting.offeringuser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

import org.offeringcompliance.reporting.completion.CompletionFact;
import org.offeringcompliance.reporting.offering.OfferingReport;

/**
 * Offering-user rows, their completion facts and their tombstones as the current transaction sees them. A batch of
 * events preloads them for all its offering users with a few queries; lookups of those are then answered from memory,
 * kept up to date by the writes below, instead of one query per event. Anything not preloaded is read from the database.
 */
@TransactionScoped
public class ReportRows {

    @Inject
    EntityManager em;

    private final Set<UUID> preloaded = new HashSet<>();
    private final Map<UUID, OfferingUserReport> rows = new HashMap<>();
    private final Map<UUID, List<CompletionFact>> facts = new HashMap<>();
    private final Set<UUID> buried = new HashSet<>();

    /** Loads rows, facts and tombstones of these offering users, and the offerings into the session. */
    public void preload(Collection<UUID> offeringUsers, Collection<UUID> offerings) {
        List<UUID> ids = offeringUsers.stream().filter(id -> !preloaded.contains(id)).distinct().toList();
        if (!offerings.isEmpty()) {
            OfferingReport.list("offeringUuid in ?1", offerings);
        }
        if (ids.isEmpty()) {
            return;
        }
        OfferingUserReport.<OfferingUserReport>list("offeringUserUuid in ?1", ids)
                .forEach(row -> rows.put(row.offeringUserUuid, row));
        CompletionFact.<CompletionFact>list("offeringUserUuid in ?1", ids)
                .forEach(fact -> factsOf(fact.offeringUserUuid).add(fact));
        @SuppressWarnings("unchecked")
        List<UUID> dead = em.createNativeQuery("SELECT offering_user_uuid FROM deleted_offering_user "
                + "WHERE offering_user_uuid = ANY(?1)", UUID.class).setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        buried.addAll(dead);
        preloaded.addAll(ids);
    }

    public OfferingUserReport row(UUID offeringUser) {
        return preloaded.contains(offeringUser) ? rows.get(offeringUser) : OfferingUserReport.findById(offeringUser);
    }

    public void add(OfferingUserReport row) {
        row.persist();
        if (preloaded.contains(row.offeringUserUuid)) {
            rows.put(row.offeringUserUuid, row);
        }
    }

    public void remove(OfferingUserReport row) {
        row.delete();
        rows.remove(row.offeringUserUuid);
    }

    public boolean isBuried(UUID offeringUser) {
        if (preloaded.contains(offeringUser)) {
            return buried.contains(offeringUser);
        }
        return !em.createNativeQuery("SELECT 1 FROM deleted_offering_user WHERE offering_user_uuid = ?1")
                .setParameter(1, offeringUser).getResultList().isEmpty();
    }

    public void bury(UUID offeringUser) {
        em.createNativeQuery("INSERT INTO deleted_offering_user (offering_user_uuid) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, offeringUser).executeUpdate();
        buried.add(offeringUser);
    }

    public CompletionFact fact(UUID offeringUser, UUID completion) {
        if (!preloaded.contains(offeringUser)) {
            return CompletionFact.findById(completion);
        }
        return factsOf(offeringUser).stream().filter(f -> f.completionUuid.equals(completion)).findFirst().orElse(null);
    }

    /** The offering user's completion of the checklist, if any. */
    public CompletionFact factOf(UUID offeringUser, UUID checklist) {
        if (checklist == null || !preloaded.contains(offeringUser)) {
            return CompletionFact.of(offeringUser, checklist);
        }
        return factsOf(offeringUser).stream().filter(f -> f.checklistUuid.equals(checklist)).findFirst().orElse(null);
    }

    /** A new fact replaces any other of the same offering user and checklist (at most one each). */
    public void add(CompletionFact fact) {
        if (!preloaded.contains(fact.offeringUserUuid)) {
            CompletionFact.delete("offeringUserUuid = ?1 and checklistUuid = ?2", fact.offeringUserUuid,
                    fact.checklistUuid);
        } else {
            List<CompletionFact> replaced = new ArrayList<>(factsOf(fact.offeringUserUuid).stream()
                    .filter(f -> f.checklistUuid.equals(fact.checklistUuid)).toList());
            if (!replaced.isEmpty()) {
                replaced.forEach(this::remove);
                em.flush(); // the delete must reach the database before the insert: (offering user, checklist) is unique
            }
            factsOf(fact.offeringUserUuid).add(fact);
        }
        fact.persist();
    }

    public void remove(CompletionFact fact) {
        fact.delete();
        factsOf(fact.offeringUserUuid).remove(fact);
    }

    public void removeFacts(UUID offeringUser) {
        if (!preloaded.contains(offeringUser)) {
            CompletionFact.delete("offeringUserUuid", offeringUser);
            return;
        }
        new ArrayList<>(factsOf(offeringUser)).forEach(this::remove);
    }

    private List<CompletionFact> factsOf(UUID offeringUser) {
        return facts.computeIfAbsent(offeringUser, k -> new ArrayList<>());
    }
}
