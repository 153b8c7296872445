package org.offeringcompliance.reporting.messaging;

import java.sql.SQLException;
import java.util.Set;

import org.jboss.logging.Logger;

/**
 * Retries work that failed only because of concurrency (deadlock, serialization failure), so that such an event is
 * applied on a later attempt instead of being sent to the dead-letter topic.
 */
public final class TransientFailures {

    static final int ATTEMPTS = 5;
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");
    private static final Logger LOG = Logger.getLogger(TransientFailures.class);

    private TransientFailures() {}

    public static void retry(String what, Runnable work) {
        for (int attempt = 1;; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.infof("%s: transient database failure, attempt %d of %d", what, attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
