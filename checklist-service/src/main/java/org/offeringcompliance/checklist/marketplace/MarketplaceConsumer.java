package org.offeringcompliance.checklist.marketplace;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.offeringcompliance.checklist.completion.CompletionLifecycle;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.RoleData;
import org.offeringcompliance.common.events.ConsumerTransactions;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;
import org.offeringcompliance.common.events.ProcessedEvents;

import io.smallrye.common.annotation.Blocking;

/**
 * Consumes the marketplace's topics. Each event is applied once: its id is recorded with its effect. A message that
 * cannot be read or applied is nacked and goes to the dead-letter topic (see application.properties).
 */
@ApplicationScoped
public class MarketplaceConsumer {

    static final String CONSUMER = "checklist-service";
    private static final Logger LOG = Logger.getLogger(MarketplaceConsumer.class);

    @Inject
    EventReader reader;

    @Inject
    ProcessedEvents processed;

    @Inject
    MarketplaceProjection projection;

    @Inject
    CompletionLifecycle lifecycle;

    /** A checklist assignment backfills in batches outside the event's transaction; the id is recorded afterwards. */
    @Incoming("marketplace-offerings")
    @Blocking
    public void offerings(String value) {
        EventEnvelope event = reader.read(value);
        OfferingData data = reader.data(event, OfferingData.class);
        UUID checklist = ConsumerTransactions.call(() -> processed.alreadyProcessed(event.id(), CONSUMER)
                ? null
                : projection.applyOffering(event.type(), data));
        if (checklist != null && event.type().endsWith(".checklist_assigned")) {
            int created = lifecycle.backfill(data.offering(), checklist);
            LOG.infof("offering %s: %d completions created for checklist %s", data.offeringUuid(), created, checklist);
        }
        ConsumerTransactions.run(() -> processed.firstDelivery(event.id(), CONSUMER));
    }

    @Incoming("marketplace-offering-users")
    @Blocking
    public void offeringUsers(String value) {
        EventEnvelope event = reader.read(value);
        OfferingUserData data = reader.data(event, OfferingUserData.class);
        ConsumerTransactions.run(() -> {
            if (processed.firstDelivery(event.id(), CONSUMER)) {
                projection.applyOfferingUser(event.type(), data);
            }
        });
    }

    @Incoming("marketplace-customers")
    @Blocking
    public void customers(String value) {
        EventEnvelope event = reader.read(value);
        if (!event.type().startsWith("marketplace.role.")) {
            return;
        }
        RoleData data = reader.data(event, RoleData.class);
        ConsumerTransactions.run(() -> {
            if (processed.firstDelivery(event.id(), CONSUMER)) {
                projection.applyRole(event.type(), data);
            }
        });
    }
}
