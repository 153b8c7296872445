package org.offeringcompliance.reporting.rebuild;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;
import org.offeringcompliance.reporting.config.ReportingConfig;
import org.offeringcompliance.reporting.messaging.EventRouter;
import org.offeringcompliance.reporting.messaging.ProjectionLocks;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies replayed records to the shadow schema with the live consumers' own code, many per transaction. A record the
 * live consumers would dead-letter (unreadable, or failing to apply) is skipped here, with the same net effect.
 */
@ApplicationScoped
public class ShadowApplier {

    private static final Logger LOG = Logger.getLogger(ShadowApplier.class);

    @Inject
    EventReader reader;

    @Inject
    EventRouter router;

    @Inject
    ShadowSchema shadow;

    @Inject
    EntityManager em;

    @Inject
    ProjectionLocks locks;

    @Inject
    ReportingConfig config;

    /** Running totals of one rebuild. */
    public static final class Tally {
        long records;
        long applied;
        long skipped;
    }

    public void apply(List<ConsumerRecord<String, String>> records, Tally tally) {
        tally.records += records.size();
        List<EventEnvelope> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(reader.read(record.value()));
            } catch (RuntimeException unreadable) {
                tally.skipped++;
                LOG.debugf("rebuild skips unreadable record %s-%d@%d", record.topic(), record.partition(), record.offset());
            }
        }
        int size = config.rebuild().batchSize();
        for (int from = 0; from < events.size(); from += size) {
            applyBatch(events.subList(from, Math.min(events.size(), from + size)), tally);
        }
    }

    private void applyBatch(List<EventEnvelope> events, Tally tally) {
        try {
            tally.applied += QuarkusTransaction.requiringNew().call(() -> applyAll(events));
        } catch (RuntimeException batchFailed) {
            for (EventEnvelope event : events) {
                try {
                    tally.applied += QuarkusTransaction.requiringNew().call(() -> applyAll(List.of(event)));
                } catch (RuntimeException failed) {
                    tally.skipped++;
                    LOG.warnf("rebuild skips event %s (%s): %s", event.id(), event.type(), failed.getMessage());
                }
            }
        }
    }

    private int applyAll(List<EventEnvelope> events) {
        shadow.use();
        locks.shadowWrite();
        int applied = 0;
        for (EventEnvelope event : events) {
            applied += router.applyOnce(event) ? 1 : 0;
            // Bulk statements bypass the session: the next event must read rows afresh.
            em.flush();
            em.clear();
        }
        return applied;
    }
}
