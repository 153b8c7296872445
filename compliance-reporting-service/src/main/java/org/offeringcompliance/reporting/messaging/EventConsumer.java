package org.offeringcompliance.reporting.messaging;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;
import org.offeringcompliance.common.events.RecordBatches;
import org.offeringcompliance.reporting.offeringuser.ReportRows;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes the marketplace's and the checklist service's topics into the live read models, a poll at a time: each poll
 * in one transaction, each event applied once (its id recorded with its effect). A message that cannot be read or
 * applied goes, alone, to the dead-letter topic (see RecordBatches).
 */
@ApplicationScoped
public class EventConsumer {

    @Inject
    EventReader reader;

    @Inject
    EventRouter router;

    @Inject
    ProjectionLocks locks;

    @Inject
    ReportRows rows;

    @Incoming(Channels.MARKETPLACE_CUSTOMERS)
    @Blocking
    public CompletionStage<Void> customers(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, this::applyAll);
    }

    @Incoming(Channels.MARKETPLACE_OFFERINGS)
    @Blocking
    public CompletionStage<Void> offerings(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, this::applyAll);
    }

    @Incoming(Channels.MARKETPLACE_OFFERING_USERS)
    @Blocking
    public CompletionStage<Void> offeringUsers(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, this::applyAll);
    }

    @Incoming(Channels.CHECKLIST_CHECKLISTS)
    @Blocking
    public CompletionStage<Void> checklists(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, this::applyAll);
    }

    @Incoming(Channels.CHECKLIST_COMPLETIONS)
    @Blocking
    public CompletionStage<Void> completions(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, this::applyAll);
    }

    /**
     * A batch in one transaction. Its offerings are locked up front in one order, so two batches on different channels
     * never wait on each other in a cycle (the per-event locks taken later are already held).
     */
    private void applyAll(List<String> values) {
        List<EventEnvelope> events = values.stream().map(reader::read).toList();
        TreeSet<UUID> offerings = uuidsOf(events, "offering_uuid");
        TreeSet<UUID> offeringUsers = uuidsOf(events, "offering_user_uuid");
        QuarkusTransaction.requiringNew().run(() -> {
            locks.liveWrite();
            offerings.forEach(locks::offering);
            rows.preload(offeringUsers, offerings);
            router.applyAllOnce(events);
        });
    }

    private static TreeSet<UUID> uuidsOf(List<EventEnvelope> events, String field) {
        TreeSet<UUID> uuids = new TreeSet<>();
        for (EventEnvelope event : events) {
            JsonNode value = event.data().get(field);
            if (value != null && value.isTextual()) {
                uuids.add(EventData.required(field, value.asText()));
            }
        }
        return uuids;
    }
}
