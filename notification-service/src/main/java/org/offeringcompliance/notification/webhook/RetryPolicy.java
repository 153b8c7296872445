package org.offeringcompliance.notification.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: after {@code first}, doubling with each attempt up to {@code max}; the attempt
 * that fails at least {@code window} after the first failure is the last, so retries span the whole window.
 */
public record RetryPolicy(Duration first, Duration max, Duration window) {

    static RetryPolicy of(WebhookConfig config) {
        return new RetryPolicy(config.firstRetry(), config.maxRetryPause(), config.retryWindow());
    }

    /** The pause after a failed attempt, the attempts-th of the delivery (from 1). */
    public Duration pauseAfter(int attempts) {
        Duration pause = first;
        for (int i = 1; i < attempts && pause.compareTo(max) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(max) < 0 ? pause : max;
    }

    /** Whether a delivery failing since {@code firstFailed} fails for good when an attempt fails at {@code now}. */
    public boolean givesUp(Instant firstFailed, Instant now) {
        return !now.isBefore(firstFailed.plus(window));
    }
}
