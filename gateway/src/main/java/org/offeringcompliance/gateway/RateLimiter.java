package org.offeringcompliance.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller, in memory: each instance of the gateway counts on its own, so N instances allow up to N
 * times the configured rate. A bucket holds {@code requests} tokens and refills evenly over {@code window}.
 */
final class RateLimiter {

    /** Past this many callers, buckets that have refilled completely are dropped. */
    private static final int MAX_IDLE_BUCKETS = 10_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int requests, Duration window, LongSupplier nanoClock) {
        this.capacity = requests;
        this.tokensPerNano = requests / (double) window.toNanos();
        this.clock = nanoClock;
    }

    /** Takes a token for the caller: zero when allowed, otherwise how long until the next token. */
    Duration acquire(String caller) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_IDLE_BUCKETS) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(caller, k -> new Bucket(capacity, now)).take(now);
    }

    private final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
