package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DependencyCyclesTest {

    private final String a = Questions.newUuid();
    private final String b = Questions.newUuid();
    private final String c = Questions.newUuid();
    private final String d = Questions.newUuid();

    @Test
    void selfDependencyIsACycle() {
        assertTrue(DependencyCycles.wouldCreateCycle(Map.of(), a, a));
    }

    @Test
    void directCycle() {
        // b depends on a; a depending on b closes the loop
        assertTrue(DependencyCycles.wouldCreateCycle(Map.of(b, Set.of(a)), a, b));
    }

    @Test
    void indirectCycle() {
        Map<String, Set<String>> edges = Map.of(c, Set.of(b), b, Set.of(a));
        assertTrue(DependencyCycles.wouldCreateCycle(edges, a, c));
    }

    @Test
    void cycleThroughASecondDependencyIsFound() {
        // Waldur followed only each question's first dependency and missed this one
        Map<String, Set<String>> edges = Map.of(c, Set.of(d, b), b, Set.of(a));
        assertTrue(DependencyCycles.wouldCreateCycle(edges, a, c));
    }

    @Test
    void chainsAndDiamondsAreFine() {
        Map<String, Set<String>> diamond = Map.of(b, Set.of(a), c, Set.of(a), d, Set.of(b, c));
        assertFalse(DependencyCycles.wouldCreateCycle(diamond, d, a));
        assertFalse(DependencyCycles.wouldCreateCycle(Map.of(b, Set.of(a)), c, b));
        assertFalse(DependencyCycles.wouldCreateCycle(Map.of(), a, b));
    }

    @Test
    void terminatesOnAnExistingCycleNotInvolvingTheQuestion() {
        Map<String, Set<String>> edges = Map.of(b, Set.of(c), c, Set.of(b));
        assertFalse(DependencyCycles.wouldCreateCycle(edges, a, b));
    }

    @Test
    void comparesUuidsInEitherForm() {
        Map<String, Set<String>> edges = Map.of(AnswerValidatorTest.hyphenated(b), Set.of(a.toUpperCase()));
        assertTrue(DependencyCycles.wouldCreateCycle(edges, AnswerValidatorTest.hyphenated(a), b));
    }
}
