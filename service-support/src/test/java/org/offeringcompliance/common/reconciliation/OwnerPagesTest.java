package org.offeringcompliance.common.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class OwnerPagesTest {

    private static final OwnerPages.Transactions NONE = new OwnerPages.Transactions() {
        @Override
        public <R> R inNew(Supplier<R> work) {
            return work.get();
        }
    };

    @Test
    void onlyTheItemsOfAStepsRangeGoWithIt() {
        UUID a = uuid(1), b = uuid(2), c = uuid(3);
        List<UUID> items = List.of(a, b, c);
        assertEquals(List.of(b, c), OwnerPages.within(items, u -> u, a, null));
        assertEquals(List.of(a, b), OwnerPages.within(items, u -> u, new UUID(0, 0), b));
        // unsigned order, as PostgreSQL's: a key with the top bit set comes last
        UUID high = new UUID(0x8000000000000000L, 0);
        assertEquals(List.of(high), OwnerPages.within(List.of(a, high), u -> u, c, null));
    }

    @Test
    void aPageSpanningMoreLocalKeysThanAStepTakesIsComparedInBoundedSteps() {
        TreeSet<UUID> local = new TreeSet<>(OwnerPages.UUID_ORDER);
        for (int i = 1; i <= 25; i++) {
            local.add(uuid(i));
        }
        List<UUID> owned = List.of(uuid(3), uuid(12), uuid(30)); // one last page: the owner lost most local rows
        List<Integer> stepSizes = new ArrayList<>();
        List<UUID> seenOwned = new ArrayList<>();
        Set<UUID> seenLocal = new TreeSet<>(OwnerPages.UUID_ORDER);
        OwnerPages.LocalKeys keys = (from, to, limit) -> local.stream()
                .filter(k -> OwnerPages.UUID_ORDER.compare(k, from) > 0
                        && (to == null || OwnerPages.UUID_ORDER.compare(k, to) <= 0))
                .limit(limit).toList();
        int drift = OwnerPages.walk(cursor -> new OwnerPages.Page<>(owned, null), u -> u, keys,
                (ownedInStep, localInStep, refetched) -> {
                    stepSizes.add(localInStep.size());
                    seenOwned.addAll(ownedInStep);
                    localInStep.forEach(k -> assertTrue(seenLocal.add(k), "compared twice: " + k));
                    return OwnerPages.gone(ownedInStep, localInStep, refetched, u -> u).size();
                }, 10, NONE);
        assertEquals(List.of(10, 10, 5), stepSizes);
        assertEquals(owned, seenOwned); // each owner's item in exactly one step
        assertEquals(local, seenLocal);
        assertEquals(23, drift); // every local key but the two the owner still has
    }

    @Test
    void pagesOfTheOwnerAreWalkedInTurnWithTheirOwnRanges() {
        List<UUID> first = List.of(uuid(1), uuid(2));
        List<UUID> second = List.of(uuid(5));
        Set<UUID> local = Set.of(uuid(1), uuid(2), uuid(4), uuid(5));
        List<String> ranges = new ArrayList<>();
        int drift = OwnerPages.walk(cursor -> cursor == null
                ? new OwnerPages.Page<>(first, uuid(2).toString())
                : new OwnerPages.Page<>(second, null), u -> u, (from, to, limit) -> {
                    ranges.add(from.getLeastSignificantBits() + ".." + (to == null ? "end" : to.getLeastSignificantBits()));
                    return local.stream().filter(k -> OwnerPages.UUID_ORDER.compare(k, from) > 0
                            && (to == null || OwnerPages.UUID_ORDER.compare(k, to) <= 0)).sorted(OwnerPages.UUID_ORDER)
                            .limit(limit).toList();
                }, (owned, localInStep, refetched) -> OwnerPages.gone(owned, localInStep, refetched, u -> u).size(),
                10, NONE);
        assertEquals(List.of("0..2", "2..end"), ranges);
        assertEquals(1, drift); // uuid 4: here, not at the owner
    }

    static UUID uuid(int n) {
        return new UUID(0, n);
    }
}
