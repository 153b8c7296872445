package org.offeringcompliance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTopicTheServicesNameIsDeclaredWithItsDeadLetterTopic() {
        assertEquals(List.of(), TopicChecks.check(Repository.read(TopicChecks.TOPICS_FILE), ServiceModule.all()));
    }

    @Test
    void topicsAreReadFromChannelsDeadLetterSettingsButNotTheOutboxPlaceholder() {
        ServiceModule module = ServiceModule.of("sample", Repository.path("no-such-module"), """
                quarkus.http.port=9999
                mp.messaging.incoming.offerings.connector=smallrye-kafka
                %test.topics.prefix=test.
                mp.messaging.incoming.offerings.topic=${topics.prefix:}marketplace.offerings
                mp.messaging.incoming.offerings.failure-strategy=dead-letter-queue
                mp.messaging.incoming.offerings.dead-letter-queue.topic=marketplace.offerings.dlq
                mp.messaging.incoming.completions.connector=smallrye-kafka
                mp.messaging.outgoing.outbox.connector=smallrye-kafka
                mp.messaging.outgoing.outbox.topic=marketplace.unrouted
                %test.mp.messaging.incoming.other.connector=smallrye-kafka
                """);
        assertEquals(Set.of("marketplace.offerings", "marketplace.offerings.dlq", "completions"),
                TopicChecks.named(module));
        assertEquals(List.of("sample uses topic completions, which " + TopicChecks.TOPICS_FILE + " does not declare",
                "sample uses topic marketplace.offerings.dlq, which " + TopicChecks.TOPICS_FILE + " does not declare"),
                TopicChecks.check(Repository.read(TopicChecks.TOPICS_FILE), List.of(module)));
    }
}
