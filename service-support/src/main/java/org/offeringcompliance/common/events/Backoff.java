package org.offeringcompliance.common.events;

import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

/**
 * Retries work that failed for a reason that passes by itself: an outage for as long as it takes (doubling pauses up to
 * a ceiling, with jitter so that consumers do not hammer a recovering database together), a conflict a few times.
 * Anything else, and anything once the application stops, is thrown at once.
 */
final class Backoff {

    static final int CONFLICT_ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(Backoff.class);

    private final long firstPauseMillis;
    private final long maxPauseMillis;

    Backoff(long firstPauseMillis, long maxPauseMillis) {
        this.firstPauseMillis = firstPauseMillis;
        this.maxPauseMillis = maxPauseMillis;
    }

    static Backoff standard() {
        return new Backoff(100, 10_000);
    }

    void untilApplied(Runnable work) {
        int conflicts = 0;
        long pause = firstPauseMillis;
        for (int attempt = 1;; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                Failures kind = Failures.of(e);
                if (Shutdown.inProgress() || kind == Failures.PERMANENT
                        || kind == Failures.CONFLICT && ++conflicts >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
                if (attempt == 1 || attempt % 10 == 0) {
                    LOG.warnf("%s while applying events, retrying (attempt %d): %s", kind, attempt, e.toString());
                }
                sleep(pause);
                pause = Math.min(maxPauseMillis, pause * 2);
            }
        }
    }

    private static void sleep(long pause) {
        try {
            Thread.sleep(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", interrupted);
        }
    }
}
