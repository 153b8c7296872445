package org.offeringcompliance.common.events;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.apache.kafka.common.errors.RetriableException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells why applying an event failed. An outage (connection lost or refused, pool exhausted, database shutting down,
 * broker unavailable) passes by itself: retried for as long as it takes. A conflict with a concurrent writer (deadlock,
 * serialization failure, duplicate key, stale version) passes on a retry, so it gets a few. Anything else is the
 * message's own fault (unparseable, invalid) and belongs in the dead-letter topic.
 */
public enum Failures {
    OUTAGE, CONFLICT, PERMANENT;

    /** PostgreSQL SQLSTATE classes and codes of an outage: connection exception, insufficient resources, shutdown. */
    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53");
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");
    /** Deterministic for a message however often it is retried, though in an outage's class. */
    private static final Set<String> NOT_OUTAGES = Set.of("08P01");
    /** Conflicts and a statement cancelled (57014, a timeout under load): a few more tries. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03", "23505", "57014");

    public static Failures of(Throwable failure) {
        Failures kind = PERMANENT;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isOutage(t)) {
                return OUTAGE;
            }
            if (isConflict(t)) {
                kind = CONFLICT;
            }
        }
        return kind;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof ConnectException
                || t instanceof SocketTimeoutException || t instanceof RetriableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            // Agroal's pool raises a plain SQLException without a state when no connection frees up in time.
            if (state == null) {
                return String.valueOf(sql.getMessage()).contains("acquisition timeout");
            }
            return OUTAGE_STATES.contains(state) || !NOT_OUTAGES.contains(state) && state.length() >= 2
                    && OUTAGE_CLASSES.contains(state.substring(0, 2));
        }
        return false;
    }

    private static boolean isConflict(Throwable t) {
        if (t instanceof OptimisticLockException || t instanceof StaleStateException
                || t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
            return true;
        }
        return t instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState());
    }
}
