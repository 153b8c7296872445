package org.offeringcompliance.reporting.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.reporting.messaging.Channels;
import org.offeringcompliance.reporting.messaging.ProjectionLocks;
import org.offeringcompliance.reporting.rebuild.ShadowApplier.Tally;

/**
 * Rebuilds every read model from the event topics: replays them from the beginning into a fresh shadow schema while the
 * live consumers go on, then holds the live consumers back (the exclusive side of their advisory lock), replays the
 * tail, and swaps the shadow in. Live consumers resume on the new tables; what the rebuild already applied they skip
 * as duplicates, because the applied event ids are part of the swapped schema.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    /** Catch-up passes before the swap lock is taken: each pass replays what arrived during the previous one. */
    private static final int CATCH_UP_PASSES = 5;
    /** A tail this short is replayed while the live consumers wait. */
    private static final long SMALL_TAIL = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    ShadowSchema shadow;

    @Inject
    ShadowApplier applier;

    @Inject
    Config config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public RebuildResult run() {
        long started = System.currentTimeMillis();
        // The control connection holds session-level locks and performs the swap; it is never used inside a transaction.
        try (Connection control = dataSource.getConnection()) {
            if (!tryLock(control, ProjectionLocks.SINGLE_REBUILD)) {
                throw ApiException.conflict("A rebuild is already running.");
            }
            try {
                Tally tally = rebuild(control);
                LOG.infof("read models rebuilt from %d records (%d events applied, %d skipped)", tally.records,
                        tally.applied, tally.skipped);
                return new RebuildResult(shadow.live(), tally.records, tally.applied, tally.skipped,
                        System.currentTimeMillis() - started);
            } finally {
                unlock(control, ProjectionLocks.SINGLE_REBUILD);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rebuild failed", e);
        }
    }

    private Tally rebuild(Connection control) throws SQLException {
        shadow.recreate();
        Tally tally = new Tally();
        try (TopicReplay topics = new TopicReplay(bootstrapServers, topics())) {
            long replayed = Long.MAX_VALUE;
            for (int pass = 0; pass < CATCH_UP_PASSES && replayed > SMALL_TAIL; pass++) {
                replayed = topics.toEnd(batch -> applier.apply(batch, tally));
            }
            lock(control, ProjectionLocks.SWAP);
            try {
                topics.toEnd(batch -> applier.apply(batch, tally));
                shadow.swapIn(control);
            } finally {
                unlock(control, ProjectionLocks.SWAP);
            }
        }
        shadow.dropRetired(control);
        return tally;
    }

    private List<String> topics() {
        return Channels.ALL.stream().map(channel -> config.getValue(Channels.topicKey(channel), String.class)).toList();
    }

    private static boolean tryLock(Connection control, int key) throws SQLException {
        try (PreparedStatement sql = control.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            sql.setInt(1, ProjectionLocks.REBUILD_CLASS);
            sql.setInt(2, key);
            try (ResultSet rs = sql.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void lock(Connection control, int key) throws SQLException {
        run(control, "SELECT 1 FROM pg_advisory_lock(?, ?)", key);
    }

    private static void unlock(Connection control, int key) throws SQLException {
        run(control, "SELECT pg_advisory_unlock(?, ?)", key);
    }

    private static void run(Connection control, String query, int key) throws SQLException {
        try (PreparedStatement sql = control.prepareStatement(query)) {
            sql.setInt(1, ProjectionLocks.REBUILD_CLASS);
            sql.setInt(2, key);
            sql.executeQuery().close();
        }
    }
}
