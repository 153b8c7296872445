package org.offeringcompliance.common.reconciliation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.Uuids;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How a reconciliation walks an owner's state: the owner's pages in uuid order, each compared in its own transaction with
 * the local rows of the same uuid range. Local rows that the owner lacks count as gone only when the owner's page,
 * fetched again after the local rows were read, lacks them too: a row created meanwhile is never taken for an orphan.
 */
public final class OwnerPages {

    private OwnerPages() {}

    /** One page of an owner's state; {@code next} is the cursor of the following page, null after the last. */
    public record Page<T>(List<T> items, String next) {}

    public interface Repair<T> {
        /** Repairs one page: the owner's items, the local keys of the same range, the owner's page fetched again. */
        int repair(List<T> owned, Set<UUID> local, Supplier<Page<T>> refetched);
    }

    public interface LocalKeys {
        /** At most {@code limit} local keys after {@code from} up to {@code to} inclusive (null: to the end), in order. */
        List<UUID> between(UUID from, UUID to, int limit);
    }

    /**
     * Local keys compared in one step (one transaction) at most: an owner's page can span any number of local rows (all
     * of them when the owner lost its data), and a step must stay bounded in memory and in time.
     */
    static final int LOCAL_KEYS_PER_STEP = 2_000;

    /** Runs work in a transaction of its own. */
    interface Transactions {
        <R> R inNew(Supplier<R> work);
    }

    private static final Transactions QUARKUS = new Transactions() {
        @Override
        public <R> R inNew(Supplier<R> work) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }
    };

    /** @return the drift repaired over all pages */
    public static <T> int walk(Function<String, Page<T>> fetch, Function<T, UUID> key, LocalKeys local,
            Repair<T> repair) {
        return walk(fetch, key, local, repair, LOCAL_KEYS_PER_STEP, QUARKUS);
    }

    static <T> int walk(Function<String, Page<T>> fetch, Function<T, UUID> key, LocalKeys local, Repair<T> repair,
            int keysPerStep, Transactions transactions) {
        int drift = 0;
        String after = null;
        do {
            String cursor = after;
            Page<T> page = fetch.apply(cursor);
            UUID lower = cursor == null ? new UUID(0, 0) : Uuids.pathParam(cursor);
            UUID pageEnd = page.next() == null ? null : Uuids.pathParam(page.next());
            UUID upper;
            do {
                // The page's range in steps of at most keysPerStep local keys, each with the owner's items of its range.
                UUID from = lower;
                List<UUID> keys = transactions.inNew(() -> local.between(from, pageEnd, keysPerStep + 1));
                upper = keys.size() > keysPerStep ? keys.get(keysPerStep - 1) : pageEnd;
                Set<UUID> stepKeys = new HashSet<>(keys.subList(0, Math.min(keys.size(), keysPerStep)));
                List<T> owned = within(page.items(), key, lower, upper);
                drift += transactions.inNew(() -> repair.repair(owned, stepKeys, () -> fetch.apply(cursor)));
                lower = upper;
            } while (!Objects.equals(upper, pageEnd));
            after = page.next();
        } while (after != null);
        return drift;
    }

    /** The items whose key is after {@code lower} and up to {@code upper} inclusive (null: no upper bound). */
    static <T> List<T> within(List<T> items, Function<T, UUID> key, UUID lower, UUID upper) {
        return items.stream().filter(item -> UUID_ORDER.compare(key.apply(item), lower) > 0
                && (upper == null || UUID_ORDER.compare(key.apply(item), upper) <= 0)).toList();
    }

    /** The keys of a table's uuid column in a range, in order, in the current transaction. */
    public static LocalKeys column(EntityManager em, String table, String column) {
        return (from, to, limit) -> {
            var query = em.createNativeQuery("SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column
                    + " > ?1" + (to == null ? "" : " AND " + column + " <= ?2") + " ORDER BY " + column + " LIMIT "
                    + limit, UUID.class).setParameter(1, from);
            if (to != null) {
                query.setParameter(2, to);
            }
            @SuppressWarnings("unchecked")
            List<UUID> keys = query.getResultList();
            return keys;
        };
    }

    /** Local keys the owner has in neither its page nor the page fetched again after the local keys were read. */
    public static <T> List<UUID> gone(List<T> owned, Set<UUID> local, Supplier<Page<T>> refetched,
            Function<T, UUID> key) {
        Set<UUID> candidates = new HashSet<>(local);
        owned.forEach(item -> candidates.remove(key.apply(item)));
        if (candidates.isEmpty()) {
            return List.of();
        }
        Page<T> again = refetched.get();
        again.items().forEach(item -> candidates.remove(key.apply(item)));
        // Beyond the end of a page fetched again short (newer items pushed it), absence proves nothing.
        if (again.next() == null) {
            return List.copyOf(candidates);
        }
        if (again.items().isEmpty()) {
            return List.of();
        }
        UUID bound = key.apply(again.items().get(again.items().size() - 1));
        return candidates.stream().filter(c -> UUID_ORDER.compare(c, bound) <= 0).toList();
    }

    /** PostgreSQL's uuid order: unsigned, byte by byte (Java's UUID.compareTo is signed). */
    public static final Comparator<UUID> UUID_ORDER = Comparator
            .comparing((UUID u) -> u.getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
}
