package org.offeringcompliance.notification.messaging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;
import org.offeringcompliance.common.events.ProcessedEvents;
import org.offeringcompliance.common.events.RecordBatches;
import org.offeringcompliance.notification.messaging.EventData.CompletionData;
import org.offeringcompliance.notification.messaging.EventData.OfferingData;
import org.offeringcompliance.notification.messaging.EventData.OfferingUserData;
import org.offeringcompliance.notification.messaging.EventData.ProviderData;
import org.offeringcompliance.notification.messaging.EventData.RoleData;
import org.offeringcompliance.notification.reminder.Recertifications;
import org.offeringcompliance.notification.webhook.ComplianceEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes the marketplace's and the checklist service's topics, a poll per transaction, each event once (its id
 * recorded with its effect, webhook deliveries included). A message that cannot be read or applied goes to the
 * dead-letter topic (RecordBatches).
 */
@ApplicationScoped
public class NotificationConsumer {

    static final String CONSUMER = "notification-service";

    @Inject
    EventReader reader;

    @Inject
    ProcessedEvents processed;

    @Inject
    Projection projection;

    @Inject
    Recertifications recertifications;

    @Inject
    ComplianceEvents complianceEvents;

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

    @Incoming(Channels.CHECKLIST_COMPLETIONS)
    @Blocking
    public CompletionStage<Void> completions(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, this::applyAll);
    }

    private void applyAll(List<String> values) {
        List<EventEnvelope> events = values.stream().map(reader::read).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            Set<String> fresh = processed.firstDeliveries(events.stream().map(EventEnvelope::id).toList(), CONSUMER);
            for (EventEnvelope event : events) {
                if (fresh.remove(event.id())) {
                    apply(event);
                }
            }
        });
    }

    private void apply(EventEnvelope event) {
        String type = event.type();
        if (type.startsWith("marketplace.role.")) {
            projection.role(type, reader.data(event, RoleData.class));
        } else if (type.startsWith("marketplace.service_provider.")) {
            projection.provider(reader.data(event, ProviderData.class));
        } else if (type.startsWith("marketplace.offering_user.")) {
            projection.offeringUser(reader.data(event, OfferingUserData.class));
        } else if (type.startsWith("marketplace.offering.")) {
            OfferingData data = reader.data(event, OfferingData.class);
            if (projection.offering(type, data)) {
                complianceEvents.offering(event, EventData.uuid(data.offeringUuid()));
            }
        } else if (type.startsWith("checklist.completion.")) {
            CompletionData data = reader.data(event, CompletionData.class);
            projection.completion(type, data).ifPresent(before -> {
                if (type.endsWith(".expired") || type.endsWith(".reopened")) {
                    recertifications.announce(data);
                }
                complianceEvents.completion(event, EventData.uuid(data.offeringUuid()),
                        EventData.uuid(data.completionUuid()), before, data.flags());
            });
        }
    }
}
