package org.offeringcompliance.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        Metrics.addRegistry(metrics);
        RecordBatches.apply(batch("a", "bad", "c"), this::applyUnlessBad).toCompletableFuture().join();
        Metrics.removeRegistry(metrics);
        assertEquals(List.of("a", "c"), applied, "the batch rolled back, then the good ones one by one");
        assertEquals(List.of("bad"), nacked);
        assertEquals(1.0, metrics.counter("consumer.records.dead.lettered", "topic", "null").count(), "counted");
        assertTrue(acked);
    }

    @Test
    void anOutageIsWaitedOutAndNothingIsDeadLettered() {
        AtomicInteger outages = new AtomicInteger(12);
        RecordBatches.apply(batch("a", "b"), values -> {
            if (outages.getAndDecrement() > 0) {
                throw new RuntimeException("commit failed", new SQLException("Connection refused", "08001"));
            }
            applied.addAll(values);
        }, new Backoff(1, 2)).toCompletableFuture().join();
        assertEquals(List.of("a", "b"), applied, "applied together once the database was back");
        assertEquals(List.of(), nacked);
        assertTrue(acked);
    }

    @Test
    void aRecordThatKeepsConflictingIsDeadLetteredAfterAFewAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        RecordBatches.apply(batch("dup"), values -> {
            attempts.incrementAndGet();
            throw new RuntimeException(new SQLException("duplicate key", "23505"));
        }, new Backoff(1, 2)).toCompletableFuture().join();
        assertEquals(2 * Backoff.CONFLICT_ATTEMPTS, attempts.get(), "a few attempts as a batch, a few alone");
        assertEquals(List.of("dup"), nacked);
    }

    @Test
    void failuresAreToldApart() {
        assertEquals(Failures.OUTAGE, Failures.of(new RuntimeException(new SQLException("gone", "57P01"))));
        assertEquals(Failures.OUTAGE, Failures.of(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(Failures.OUTAGE, Failures.of(new IllegalStateException(new java.net.ConnectException())));
        assertEquals(Failures.CONFLICT, Failures.of(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertEquals(Failures.CONFLICT, Failures.of(new jakarta.persistence.OptimisticLockException()));
        assertEquals(Failures.PERMANENT, Failures.of(new IllegalArgumentException("created is required")));
        assertEquals(Failures.PERMANENT, Failures.of(new RuntimeException(new SQLException("bad", "22P02"))));
        assertEquals(Failures.PERMANENT, Failures.of(new SQLException("protocol violation", "08P01")));
        assertEquals(Failures.CONFLICT, Failures.of(new SQLException("statement timeout", "57014")));
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
