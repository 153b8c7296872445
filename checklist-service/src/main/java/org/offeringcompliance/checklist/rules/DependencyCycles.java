package org.offeringcompliance.checklist.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Refuses question dependencies that would loop, following every dependency (Waldur followed only the first). */
public final class DependencyCycles {

    private DependencyCycles() {}

    /**
     * @param dependsOn the existing edges: question uuid -> uuids of the questions it depends on
     * @return true when adding "question depends on dependsOnQuestion" closes a cycle, self-dependency included
     */
    public static boolean wouldCreateCycle(Map<String, Set<String>> dependsOn, String question, String dependsOnQuestion) {
        String start = HexIds.canonical(dependsOnQuestion);
        String target = HexIds.canonical(question);
        Map<String, Set<String>> edges = canonical(dependsOn);
        Set<String> seen = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.push(start);
        while (!toVisit.isEmpty()) {
            String current = toVisit.pop();
            if (current.equals(target)) {
                return true;
            }
            if (seen.add(current)) {
                edges.getOrDefault(current, Set.of()).forEach(toVisit::push);
            }
        }
        return false;
    }

    private static Map<String, Set<String>> canonical(Map<String, Set<String>> dependsOn) {
        Map<String, Set<String>> result = new HashMap<>();
        dependsOn.forEach((from, targets) -> {
            Set<String> set = result.computeIfAbsent(HexIds.canonical(from), k -> new HashSet<>());
            if (targets != null) {
                targets.forEach(t -> set.add(HexIds.canonical(t)));
            }
        });
        return result;
    }
}
