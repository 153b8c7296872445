package org.offeringcompliance.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads whole topics from their beginning with a consumer of its own (no group, nothing committed), so a replay never
 * moves the live consumers' offsets.
 */
public final class TopicReplay implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);
    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();

    public TopicReplay(String bootstrapServers, List<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "compliance-reporting-rebuild");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        for (String topic : topics) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Hands every record up to the topics' current ends to the handler, a poll at a time; returns how many. */
    public long toEnd(Consumer<List<ConsumerRecord<String, String>>> handler) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long count = 0;
        while (!reached(end)) {
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            consumer.poll(POLL).forEach(batch::add);
            if (!batch.isEmpty()) {
                handler.accept(batch);
                count += batch.size();
            }
        }
        return count;
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
