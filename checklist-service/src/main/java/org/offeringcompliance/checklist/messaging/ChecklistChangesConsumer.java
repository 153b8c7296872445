package org.offeringcompliance.checklist.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.offeringcompliance.checklist.completion.CompletionRecalculator;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;
import org.offeringcompliance.common.events.RecordBatches;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads this service's own checklist topic: a question added, edited or deleted recomputes the checklist's completions
 * durably, after the admin's transaction and outside its request. Recomputing is idempotent, so redelivery is harmless.
 */
@ApplicationScoped
public class ChecklistChangesConsumer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ChecklistChangesConsumer.class);

    @Inject
    EventReader reader;

    @Inject
    CompletionRecalculator recalculator;

    @Incoming("checklist-changes")
    @Blocking
    public CompletionStage<Void> onChanges(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, values -> values.forEach(this::onChange));
    }

    private void onChange(String value) {
        EventEnvelope event = reader.read(value);
        if (event.type().startsWith("checklist.question.")) {
            int changed = recalculator.recompute(Uuids.parse("checklist_uuid", event.data().path("checklist_uuid").asText()));
            if (changed > 0) {
                LOG.infof("%s: %d completions recomputed", event.type(), changed);
            }
        }
    }
}
