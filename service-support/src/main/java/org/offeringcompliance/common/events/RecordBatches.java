package org.offeringcompliance.common.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * A poll's worth of records applied together (one transaction instead of one per event, which is what lets a million
 * offering users through in minutes). When the batch fails, its records are applied one by one, and only a record that
 * fails alone is nacked, which sends it, and only it, to the dead-letter topic. Failures while the application stops
 * (its database connections closing) are not the records' fault: those are left for redelivery.
 */
public final class RecordBatches {

    private static final Logger LOG = Logger.getLogger(RecordBatches.class);

    private RecordBatches() {}

    public static CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch, Consumer<List<String>> applyAll) {
        try {
            applyAll.accept(batch.getPayload());
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
                applyAll.accept(List.of(record.getPayload()));
            } catch (RuntimeException e) {
                if (Shutdown.inProgress()) {
                    return neverAcknowledged();
                }
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
