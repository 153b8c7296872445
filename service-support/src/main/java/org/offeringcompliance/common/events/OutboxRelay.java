package org.offeringcompliance.common.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox rows to Kafka in id order and deletes them once the broker acknowledged them. Runs right
 * after each committing transaction and every poll interval; a PostgreSQL advisory lock keeps one relay per database.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK = 7_426_001L;
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> emitter;

    @ConfigProperty(name = "outbox.poll-interval-ms", defaultValue = "500")
    long pollIntervalMs;

    @ConfigProperty(name = "outbox.ack-timeout-ms", defaultValue = "30000")
    long ackTimeoutMs;

    /** Prepended to every topic; tests use "test." so they never feed a running local stack. */
    @ConfigProperty(name = "topics.prefix")
    Optional<String> topicPrefix;

    @Inject
    MeterRegistry metrics;

    /** How long the oldest unpublished event has waited, as this relay last saw it (alerts on a stuck outbox). */
    private volatile double oldestAgeSeconds;

    private ScheduledExecutorService executor;
    private final AtomicBoolean runQueued = new AtomicBoolean();

    void start(@Observes StartupEvent event) {
        Gauge.builder("outbox.oldest.event.age", () -> oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest event not yet published to Kafka").register(metrics);
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        executor.scheduleWithFixedDelay(this::relayAll, pollIntervalMs, pollIntervalMs, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Called inside the writing transaction: relay as soon as it commits (once per transaction). */
    void wakeUpAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                // One queued run serves every commit made before it starts: at a hundred commits a second, a run per
                // commit cost more than the writes themselves.
                if (status == Status.STATUS_COMMITTED && executor != null && !executor.isShutdown()
                        && runQueued.compareAndSet(false, true)) {
                    executor.execute(() -> {
                        runQueued.set(false);
                        relayAll();
                    });
                }
            }
        });
    }

    /** Relays until the outbox is empty; a failure (broker down) leaves the rows for the next attempt. */
    public void relayAll() {
        try {
            while (relayBatch() == BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, ADVISORY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em
                    .createNativeQuery("SELECT id, topic, event_key, payload, extract(epoch FROM now() - created) "
                            + "FROM outbox_event ORDER BY id LIMIT " + BATCH)
                    .getResultList();
            oldestAgeSeconds = rows.isEmpty() ? 0 : ((Number) rows.get(0)[4]).doubleValue();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Object[] row : rows) {
                ids.add(((Number) row[0]).longValue());
                acks.add(send(topicPrefix.orElse("") + row[1], (String) row[2], (String) row[3]));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeoutMs, TimeUnit.MILLISECONDS);
            em.createNativeQuery("DELETE FROM outbox_event WHERE id = ANY(?1)").setParameter(1, ids.toArray(Long[]::new))
                    .executeUpdate();
            return rows.size();
        });
    }

    private CompletableFuture<Void> send(String topic, String key, String payload) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes());
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers).build();
        emitter.send(Message.of(payload).addMetadata(metadata)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }
}
