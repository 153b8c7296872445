package org.offeringcompliance.bench;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tells, from the checklist service's own topic, the moment an offering user's completion is created: the propagation
 * scenario then asks checklist/ once, instead of polling it for every new user (which alone overloaded two cores).
 */
final class CompletionWatch implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Thread reader;
    private volatile boolean open = true;

    CompletionWatch(String bootstrap, Consumer<String> onCreated) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor("checklist.completions").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before any offering user is created
        reader = new Thread(() -> {
            while (open) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    try {
                        JsonNode event = Api.JSON.readTree(record.value());
                        if ("checklist.completion.created".equals(event.path("type").asText())) {
                            onCreated.accept(event.path("data").path("offering_user_uuid").asText());
                        }
                    } catch (java.io.IOException e) {
                        // not an event of ours
                    }
                }
            }
            consumer.close();
        }, "completion-watch");
        reader.start();
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join(5000);
    }

}
