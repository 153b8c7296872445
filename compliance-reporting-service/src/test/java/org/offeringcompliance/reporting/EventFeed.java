package org.offeringcompliance.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.offeringcompliance.testing.KafkaTopics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes events built from the producers' own golden samples (offering-user-service and checklist-service
 * src/test/resources/events), so a change of either contract breaks this build. Each event gets a fresh id and time,
 * the given subject and the given data fields.
 */
public final class EventFeed {

    static final Path MARKETPLACE_SAMPLES = Path.of("../offering-user-service/src/test/resources/events");
    static final Path CHECKLIST_SAMPLES = Path.of("../checklist-service/src/test/resources/events");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";
    private static KafkaProducer<String, String> producer;
    /** The ids of every event this JVM published, in order. */
    private static final List<String> SENT = Collections.synchronizedList(new ArrayList<>());

    private EventFeed() {}

    /** An event as published: it can be published again unchanged (same id), as a broker redelivery would. */
    public record Sent(String topic, String key, String id, String value) {

        public Sent again() {
            publish(topic, key, value);
            return this;
        }
    }

    public static Sent send(String type, String subject, Map<String, ?> data) {
        return send(type, subject, data, Instant.now());
    }

    public static Sent send(String type, String subject, Map<String, ?> data, Instant time) {
        try {
            ObjectNode event = sample(type);
            String id = UUID.randomUUID().toString();
            event.put("id", id).put("time", time.toString()).put("subject", subject);
            ObjectNode payload = (ObjectNode) event.get("data");
            data.forEach((k, v) -> payload.set(k, JSON.valueToTree(v)));
            Sent sent = new Sent(topicOf(type), subject, id, JSON.writeValueAsString(event));
            publish(sent.topic(), subject, sent.value());
            SENT.add(id);
            return sent;
        } catch (IOException e) {
            throw new IllegalStateException("no golden sample for " + type, e);
        }
    }

    /** A mark in the sequence of published events, for {@link #sentSince}. */
    public static int mark() {
        return SENT.size();
    }

    public static List<String> sentSince(int mark) {
        synchronized (SENT) {
            return List.copyOf(SENT.subList(mark, SENT.size()));
        }
    }

    /**
     * A record on the test topic (the service reads "test."-prefixed topics) with the content-type header the producers'
     * outbox relays set (AsyncAPI: structured CloudEvents).
     */
    public static void publish(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>("test." + topic, key, value);
        record.headers().add("content-type", CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("sending to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.bootstrap(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    public static String topicOf(String type) {
        if (type.startsWith("marketplace.offering_user.")) {
            return "marketplace.offering-users";
        }
        if (type.startsWith("marketplace.offering.")) {
            return "marketplace.offerings";
        }
        if (type.startsWith("marketplace.")) {
            return "marketplace.customers";
        }
        if (type.startsWith("checklist.completion.")) {
            return "checklist.completions";
        }
        return "checklist.checklists";
    }

    public static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    static ObjectNode sample(String type) throws IOException {
        Path dir = type.startsWith("marketplace.") ? MARKETPLACE_SAMPLES : CHECKLIST_SAMPLES;
        Path file = dir.resolve(type + ".json");
        if (Files.exists(file)) {
            return (ObjectNode) JSON.readTree(file.toFile());
        }
        throw new IOException(file + " does not exist");
    }
}
