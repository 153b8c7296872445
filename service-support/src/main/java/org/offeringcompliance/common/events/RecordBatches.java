package org.offeringcompliance.common.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Metrics;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The one consumer runtime: a poll's worth of records applied together (one transaction instead of one per event, which
 * is what lets a million offering users through in minutes).
 * <ul>
 * <li>An outage (see {@link Failures}) is waited out: the batch is retried with backoff for as long as it takes, which
 * holds the partition (the connector stops fetching while the batch is unacknowledged). Nothing is dead-lettered.</li>
 * <li>Any other failure: the records are applied one by one (each still riding out outages), and only a record that
 * fails alone for its own reasons is nacked, which sends it, and only it, to the dead-letter topic.</li>
 * <li>While the application stops, failures are not the records' fault: they are left for redelivery.</li>
 * </ul>
 */
public final class RecordBatches {

    private static final Logger LOG = Logger.getLogger(RecordBatches.class);

    private RecordBatches() {}

    public static CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch, Consumer<List<String>> applyAll) {
        return apply(batch, applyAll, Backoff.standard());
    }

    static CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch, Consumer<List<String>> applyAll,
            Backoff backoff) {
        try {
            backoff.untilApplied(() -> applyAll.accept(batch.getPayload()));
            return batch.ack();
        } catch (RuntimeException batchFailure) {
            if (Shutdown.inProgress()) {
                return neverAcknowledged();
            }
            LOG.warnf("a batch of %d records failed (%s); applying them one by one", batch.getRecords().size(),
                    batchFailure.toString());
        }
        List<CompletableFuture<Void>> nacks = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                backoff.untilApplied(() -> applyAll.accept(List.of(record.getPayload())));
            } catch (RuntimeException e) {
                if (Shutdown.inProgress()) {
                    return neverAcknowledged();
                }
                LOG.errorf("dead-lettering a record of %s-%d (key %s): %s", record.getTopic(), record.getPartition(),
                        record.getKey(), e.toString());
                Metrics.counter("consumer.records.dead.lettered", "topic", String.valueOf(record.getTopic())).increment();
                nacks.add(record.nack(e).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(nacks.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /** The offsets stay uncommitted, so the records come again after the restart (consumers are idempotent). */
    private static CompletionStage<Void> neverAcknowledged() {
        LOG.info("stopping: the batch is left unacknowledged and will be delivered again");
        return new CompletableFuture<>();
    }
}
