package org.offeringcompliance.common.events;

import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a consumer's work in a new transaction, retried a few times when the database refuses it transiently (a
 * deadlock or a concurrent insert between consumers), so that only truly bad messages reach the dead-letter topic.
 */
public final class ConsumerTransactions {

    private static final Logger LOG = Logger.getLogger(ConsumerTransactions.class);
    private static final int ATTEMPTS = 3;

    private ConsumerTransactions() {}

    public static <T> T call(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (PersistenceException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("retrying after a database conflict (attempt %d): %s", attempt, e.getMessage());
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
