package org.offeringcompliance.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded generator of test cases: property-based generation without a test engine of its own, so the suite runs on
 * JUnit Jupiter like every other IT (jqwik's engine is built for JUnit Platform 1.x; the Quarkus BOM brings Platform 6).
 * One seed reproduces a whole run's draws.
 */
@FunctionalInterface
interface Gen<T> {

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<? extends R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = List.of(gens);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** An int in [min, max]. */
    static Gen<Integer> between(int min, int max) {
        return random -> random.nextInt(min, max + 1);
    }

    static Gen<Boolean> chance(double probability) {
        return random -> random.nextDouble() < probability;
    }

    /** A list of count draws, count itself drawn. */
    static <T> Gen<List<T>> listOf(Gen<Integer> count, Gen<? extends T> element) {
        return random -> {
            int n = count.next(random);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(element.next(random));
            }
            return out;
        };
    }

    static <T> Frequency<T> frequency() {
        return new Frequency<>();
    }

    /** Picks among generators in proportion to their weights. */
    final class Frequency<T> implements Gen<T> {

        private final List<Integer> weights = new ArrayList<>();
        private final List<Gen<? extends T>> gens = new ArrayList<>();
        private int total;

        public Frequency<T> add(int weight, Gen<? extends T> gen) {
            weights.add(weight);
            gens.add(gen);
            total += weight;
            return this;
        }

        @Override
        public T next(SplittableRandom random) {
            int pick = random.nextInt(total);
            for (int i = 0; i < gens.size(); i++) {
                pick -= weights.get(i);
                if (pick < 0) {
                    return gens.get(i).next(random);
                }
            }
            throw new IllegalStateException("no generator");
        }
    }
}
