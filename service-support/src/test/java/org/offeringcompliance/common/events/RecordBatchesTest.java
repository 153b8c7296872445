package org.offeringcompliance.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

class RecordBatchesTest {

    private final List<String> applied = new ArrayList<>();
    private final List<String> nacked = new ArrayList<>();
    private boolean acked;

    @AfterEach
    void running() {
        Shutdown.stopping(false);
    }

    @Test
    void aGoodBatchIsAppliedOnceAndAcknowledged() {
        RecordBatches.apply(batch("a", "b", "c"), this::applyUnlessBad).toCompletableFuture().join();
        assertEquals(List.of("a", "b", "c"), applied);
        assertTrue(acked);
        assertEquals(List.of(), nacked);
    }

    @Test
    void onlyTheRecordThatFailsAloneIsNacked() {
        RecordBatches.apply(batch("a", "bad", "c"), this::applyUnlessBad).toCompletableFuture().join();
        assertEquals(List.of("a", "c"), applied, "the batch rolled back, then the good ones one by one");
        assertEquals(List.of("bad"), nacked);
        assertTrue(acked);
    }

    @Test
    void whileStoppingNothingIsNackedNorAcknowledged() {
        Shutdown.stopping(true);
        CompletionStage<Void> done = RecordBatches.apply(batch("a", "bad"), this::applyUnlessBad);
        assertFalse(done.toCompletableFuture().isDone(), "left for redelivery after the restart");
        assertEquals(List.of(), nacked);
        assertFalse(acked);
    }

    /** All or nothing, like a transaction: a bad value anywhere applies none of the list. */
    private void applyUnlessBad(List<String> values) {
        if (values.contains("bad")) {
            throw new IllegalArgumentException("bad event");
        }
        applied.addAll(values);
    }

    private KafkaRecordBatch<String, String> batch(String... values) {
        List<KafkaRecord<String, String>> records = new ArrayList<>();
        for (String value : values) {
            records.add(KafkaRecord.<String, String>of("key", value).withNack(e -> {
                nacked.add(value);
                return CompletableFuture.completedFuture(null);
            }));
        }
        return new KafkaRecordBatch<>() {
            @Override
            public List<String> getPayload() {
                return List.of(values);
            }

            @Override
            public List<KafkaRecord<String, String>> getRecords() {
                return records;
            }

            @Override
            public Map<TopicPartition, KafkaRecord<String, String>> getLatestOffsetRecords() {
                return Map.of();
            }

            @Override
            public Iterator<KafkaRecord<String, String>> iterator() {
                return records.iterator();
            }

            @Override
            public Metadata getMetadata() {
                return Metadata.empty();
            }

            @Override
            public Supplier<CompletionStage<Void>> getAck() {
                return () -> {
                    acked = true;
                    return CompletableFuture.completedFuture(null);
                };
            }

            @Override
            public Function<Throwable, CompletionStage<Void>> getNack() {
                return e -> CompletableFuture.completedFuture(null);
            }
        };
    }
}
