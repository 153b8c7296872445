package org.offeringcompliance.common.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.offeringcompliance.common.api.ApiException;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The service's dead-letter topic, for operators: the letters not replayed yet, and their replay to the topic they came
 * from (consumers are idempotent, so a replayed letter that was applied meanwhile changes nothing). What has been
 * replayed is remembered as the committed offsets of the group "{application}.dlq-replay".
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(300);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final int SHOWN_VALUE = 2000;

    @ConfigProperty(name = "dead-letters.topic")
    Optional<String> topic;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    public record Letter(int partition, long offset, String key, @JsonProperty("original_topic") String originalTopic,
            String reason, String value) {}

    public record Replayed(String topic, int replayed) {}

    public Optional<String> topic() {
        return topic;
    }

    public synchronized List<Letter> pending() {
        List<Letter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            readPending(consumer, record -> letters.add(letterOf(record)));
        }
        return letters;
    }

    /** Sends every pending letter back to its topic, then marks them replayed. */
    public synchronized Replayed replay() {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        int count = 0;
        try (KafkaConsumer<String, String> consumer = consumer(); KafkaProducer<String, String> producer = producer()) {
            List<ConsumerRecord<String, String>> pending = new ArrayList<>();
            readPending(consumer, pending::add);
            for (ConsumerRecord<String, String> record : pending) {
                String original = header(record, "dead-letter-topic");
                if (original != null) {
                    producer.send(new ProducerRecord<>(original, record.key(), record.value())).get();
                    count++;
                }
                done.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            consumer.commitSync(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("replay failed: " + e.getCause(), e.getCause());
        }
        return new Replayed(topic.orElseThrow(), count);
    }

    private void readPending(KafkaConsumer<String, String> consumer,
            java.util.function.Consumer<ConsumerRecord<String, String>> handler) {
        List<TopicPartition> partitions = new ArrayList<>();
        var infos = consumer.partitionsFor(topic.orElseThrow(), READ_TIMEOUT);
        if (infos == null || infos.isEmpty()) {
            return;
        }
        infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata from = committed.get(partition);
            if (from == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, from.offset());
            }
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), READ_TIMEOUT) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new ApiException(503, "The broker did not answer in time; try again later.");
            }
            consumer.poll(POLL).forEach(handler);
        }
    }

    private static Letter letterOf(ConsumerRecord<String, String> record) {
        String value = record.value() == null ? "" : record.value();
        return new Letter(record.partition(), record.offset(), record.key(), header(record, "dead-letter-topic"),
                header(record, "dead-letter-reason"),
                value.length() > SHOWN_VALUE ? value.substring(0, SHOWN_VALUE) + "…" : value);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, application + ".dlq-replay");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // A committed position that retention has passed starts from the oldest letter kept, never from the end.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }
}
