package org.offeringcompliance.common.reconciliation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.offeringcompliance.common.api.ApiException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** One run at a time across instances (a PostgreSQL session advisory lock), and the drift gauges of the last run. */
public final class Exclusive {

    private final DataSource dataSource;
    private final long lockKey;
    private final MeterRegistry metrics;
    private final String description;
    private final String busy;
    private final Map<String, AtomicInteger> drift = new HashMap<>();

    public Exclusive(DataSource dataSource, long lockKey, MeterRegistry metrics, String description) {
        this(dataSource, lockKey, metrics, description, "A reconciliation is running in another instance.");
    }

    /** @param busy the 409's detail when another instance holds the lock */
    public Exclusive(DataSource dataSource, long lockKey, MeterRegistry metrics, String description, String busy) {
        this.dataSource = dataSource;
        this.lockKey = lockKey;
        this.metrics = metrics;
        this.description = description;
        this.busy = busy;
    }

    /** Runs the work holding the lock; a 409 when another instance holds it. */
    public synchronized <T> T run(Supplier<T> work) {
        try (Connection lock = dataSource.getConnection()) {
            if (!call(lock, "pg_try_advisory_lock")) {
                throw ApiException.conflict(busy);
            }
            try {
                return work.get();
            } finally {
                call(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reconciliation: " + e.getMessage(), e);
        }
    }

    /** The gauge {@code reconciliation.drift{kind}}: what the last run found wrong and repaired. */
    public void drift(String kind, int value) {
        drift.computeIfAbsent(kind, k -> {
            AtomicInteger gauge = new AtomicInteger();
            Gauge.builder("reconciliation.drift", gauge, AtomicInteger::get).tag("kind", kind)
                    .description(description).register(metrics);
            return gauge;
        }).set(value);
    }

    private boolean call(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, lockKey);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
