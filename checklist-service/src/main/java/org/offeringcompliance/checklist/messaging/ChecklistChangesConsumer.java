package org.offeringcompliance.checklist.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.offeringcompliance.checklist.completion.CompletionRecalculator;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;

import io.smallrye.common.annotation.Blocking;

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
    public void onChange(String value) {
        EventEnvelope event = reader.read(value);
        if (event.type().startsWith("checklist.question.")) {
            int changed = recalculator.recompute(Uuids.parse("checklist_uuid", event.data().path("checklist_uuid").asText()));
            if (changed > 0) {
                LOG.infof("%s: %d completions recomputed", event.type(), changed);
            }
        }
    }
}
