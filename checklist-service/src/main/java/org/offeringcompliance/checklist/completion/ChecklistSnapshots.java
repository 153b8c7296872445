package org.offeringcompliance.checklist.completion;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.offeringcompliance.checklist.checklist.Checklist;

/**
 * Snapshots kept per checklist version, so answering does not reload 10 to 30 questions with their options on every
 * request. Every change of a question, option or dependency bumps its checklist's version, which retires the snapshot.
 */
@ApplicationScoped
public class ChecklistSnapshots {

    private record Cached(long version, ChecklistSnapshot snapshot) {}

    private final Map<Long, Cached> byChecklist = new ConcurrentHashMap<>();

    public ChecklistSnapshot of(Checklist checklist) {
        Cached cached = byChecklist.get(checklist.id);
        if (cached != null && cached.version() == checklist.version) {
            return cached.snapshot();
        }
        ChecklistSnapshot snapshot = ChecklistSnapshot.load(checklist);
        byChecklist.put(checklist.id, new Cached(checklist.version, snapshot));
        return snapshot;
    }
}
