package org.offeringcompliance.testing;

import java.util.function.IntSupplier;

import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements one request runs. Hibernate's statistics are global and consumers or the outbox relay run
 * statements in the background, so it waits for a quiet second first and keeps the least of three runs.
 */
public final class StatementCounter {

    private StatementCounter() {}

    /** @param request runs the request and returns how many items it listed (at least one is expected) */
    public static long statementsOf(Statistics stats, IntSupplier request) {
        return statementsOf(stats, request, 1);
    }

    /** As above, for a request that must list at least {@code items} rows (a large page proven large). */
    public static long statementsOf(Statistics stats, IntSupplier request, int items) {
        awaitQuiet(stats);
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            stats.clear();
            int listed = request.getAsInt();
            if (listed < items) {
                throw new AssertionError("the request listed " + listed + " rows, fewer than " + items);
            }
            least = Math.min(least, stats.getPrepareStatementCount());
        }
        return least;
    }

    private static void awaitQuiet(Statistics stats) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            stats.clear();
            sleep(1000);
            if (stats.getPrepareStatementCount() <= 4) {
                return; // an idle outbox relay polls twice a second, two statements a poll
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
