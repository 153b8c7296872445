package org.offeringcompliance.checklist.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what the outbox relay published to checklist.checklists, with a plain consumer, as another system would. */
final class ChecklistTopic {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ChecklistTopic() {}

    /**
     * The events keyed by this checklist uuid, in partition order, read from the start of the topic until {@code done}
     * holds for them (or the timeout passes; the caller asserts on what was read).
     */
    static List<JsonNode> events(String checklist, Predicate<List<JsonNode>> done) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            List<TopicPartition> partitions = partitions(consumer, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<JsonNode> events = new ArrayList<>();
            while (!done.test(events) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (checklist.equals(record.key())) {
                        events.add(read(record.value()));
                    }
                }
            }
            return events;
        }
    }

    /** Stops when an event of this type has been read. */
    static Predicate<List<JsonNode>> until(String type) {
        return events -> events.stream().anyMatch(e -> type.equals(e.path("type").asText()));
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText()).toList();
    }

    // The topic appears with the first event the relay sends (brokers here create topics on first use).
    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, long deadline) {
        while (true) {
            var infos = consumer.partitionsFor(Topics.CHECKLISTS, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("topic " + Topics.CHECKLISTS + " does not exist");
            }
        }
    }

    private static Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "checklist-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }
}
