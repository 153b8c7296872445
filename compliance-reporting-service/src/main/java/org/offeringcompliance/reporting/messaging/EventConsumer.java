package org.offeringcompliance.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/**
 * Consumes the marketplace's and the checklist service's topics into the live read models. Each event is applied once,
 * in one transaction with its id; a message that cannot be read or applied is nacked and goes to the dead-letter topic
 * (see application.properties).
 */
@ApplicationScoped
public class EventConsumer {

    @Inject
    EventReader reader;

    @Inject
    EventRouter router;

    @Inject
    ProjectionLocks locks;

    @Incoming(Channels.MARKETPLACE_CUSTOMERS)
    @Blocking
    public void customers(String value) {
        apply(value);
    }

    @Incoming(Channels.MARKETPLACE_OFFERINGS)
    @Blocking
    public void offerings(String value) {
        apply(value);
    }

    @Incoming(Channels.MARKETPLACE_OFFERING_USERS)
    @Blocking
    public void offeringUsers(String value) {
        apply(value);
    }

    @Incoming(Channels.CHECKLIST_CHECKLISTS)
    @Blocking
    public void checklists(String value) {
        apply(value);
    }

    @Incoming(Channels.CHECKLIST_COMPLETIONS)
    @Blocking
    public void completions(String value) {
        apply(value);
    }

    private void apply(String value) {
        EventEnvelope event = reader.read(value);
        TransientFailures.retry("event " + event.id(), () -> QuarkusTransaction.requiringNew().run(() -> {
            locks.liveWrite();
            router.applyOnce(event);
        }));
    }
}
