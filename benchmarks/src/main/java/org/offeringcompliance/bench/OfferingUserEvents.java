package org.offeringcompliance.bench;

import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes {@code marketplace.offering_user.created} events as the offering-user service would, in the documented
 * CloudEvents envelope (see offering-user-service's AsyncAPI). A million users through the marketplace's REST API
 * would need a million Keycloak accounts; the consumers cannot tell the difference.
 */
final class OfferingUserEvents implements AutoCloseable {

    static final String TOPIC = "marketplace.offering-users";

    private final KafkaProducer<String, String> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    OfferingUserEvents(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer = new KafkaProducer<>(config);
    }

    void created(UUID offeringUser, Dataset.Offering offering, String customer, String checklist, UUID user,
            String name) {
        String subject = hex(offeringUser);
        Instant now = Instant.now();
        ObjectNode event = Api.JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/offering-compliance/benchmark-seeder").put("type", "marketplace.offering_user.created")
                .put("subject", subject).put("time", now.toString()).put("datacontenttype", "application/json")
                .put("schemaversion", "1");
        event.putObject("data").put("offering_user_uuid", subject).put("offering_uuid", offering.uuid)
                .put("offering_name", offering.name).put("customer_uuid", customer).put("user_uuid", hex(user))
                .put("username", name).put("user_full_name", "Bench " + name).put("user_email", name + "@example.org")
                .put("state", "OK").put("is_restricted", false).put("compliance_checklist", checklist).put("version", 1)
                .put("created", now.toString()).put("modified", now.toString());
        producer.send(new ProducerRecord<>(TOPIC, subject, event.toString()), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw new IllegalStateException("publishing to " + TOPIC + " failed", failure.get());
        }
    }

    static String hex(UUID uuid) {
        return uuid.toString().replace("-", "");
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
        if (failure.get() != null) {
            throw new IllegalStateException("publishing to " + TOPIC + " failed", failure.get());
        }
    }
}
