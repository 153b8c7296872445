package org.offeringcompliance.checklist.marketplace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.offeringcompliance.checklist.completion.CompletionLifecycle;
import org.offeringcompliance.checklist.completion.DueDates;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.RoleData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.ServiceProviderData;
import org.offeringcompliance.checklist.marketplace.MarketplaceProjection.OfferingChange;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;
import org.offeringcompliance.common.events.ProcessedEvents;
import org.offeringcompliance.common.events.RecordBatches;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes the marketplace's topics, a poll at a time (see {@link RecordBatches}). Each event is applied once: its id is
 * recorded with its effect. A message that cannot be read or applied goes to the dead-letter topic.
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

    @Inject
    EntityManager em;

    @Inject
    DueDates dueDates;

    /** A checklist assignment backfills in batches outside the event's transaction; the id is recorded afterwards. */
    @Incoming("marketplace-offerings")
    @Blocking
    public CompletionStage<Void> offerings(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, values -> values.forEach(this::offering));
    }

    private void offering(String value) {
        EventEnvelope event = reader.read(value);
        OfferingData data = reader.data(event, OfferingData.class);
        OfferingChange change = QuarkusTransaction.requiringNew().call(() -> processed.alreadyProcessed(event.id(),
                CONSUMER) ? OfferingChange.NONE : projection.applyOffering(event.type(), data));
        if (change.checklist() != null && event.type().endsWith(".checklist_assigned")) {
            int created = lifecycle.backfill(data.offering(), change.checklist());
            LOG.infof("offering %s: %d completions created for checklist %s", data.offeringUuid(), created,
                    change.checklist());
        }
        if (change.deadlinesChanged()) {
            LOG.infof("offering %s: deadlines of %d completions follow its policy", data.offeringUuid(),
                    dueDates.recompute(data.offering()));
        }
        QuarkusTransaction.requiringNew().run(() -> processed.firstDelivery(event.id(), CONSUMER));
    }

    /** A poll of offering users in one transaction, with one completion insert per checklist. */
    @Incoming("marketplace-offering-users")
    @Blocking
    public CompletionStage<Void> offeringUsers(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, this::applyOfferingUsers);
    }

    private void applyOfferingUsers(List<String> values) {
        List<EventEnvelope> events = values.stream().map(reader::read).toList();
        List<OfferingUserData> data = events.stream().map(e -> reader.data(e, OfferingUserData.class)).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            // One flush for the whole batch rather than one before every statement.
            em.setFlushMode(FlushModeType.COMMIT);
            Set<String> fresh = processed.firstDeliveries(events.stream().map(EventEnvelope::id).toList(), CONSUMER);
            OfferingUserRef.list("offeringUserUuid in ?1", data.stream().map(OfferingUserData::offeringUser).toList());
            Map<UUID, UUID> announcedChecklists = new HashMap<>();
            List<OfferingUserRef> present = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (fresh.remove(events.get(i).id())) {
                    OfferingUserRef ref = projection.applyOfferingUser(events.get(i).type(), data.get(i));
                    if (ref != null) {
                        present.add(ref);
                        if (data.get(i).checklist() != null) {
                            announcedChecklists.putIfAbsent(ref.offeringUuid, data.get(i).checklist());
                        }
                    }
                }
            }
            em.flush();
            em.clear();
            projection.trustChecklists(announcedChecklists);
            lifecycle.ensureCurrent(present);
        });
    }

    @Incoming("marketplace-customers")
    @Blocking
    public CompletionStage<Void> customers(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, values -> values.forEach(this::customer));
    }

    /** Role grants and providers; customers' own events (names) are not needed here. */
    private void customer(String value) {
        EventEnvelope event = reader.read(value);
        Runnable apply;
        if (event.type().startsWith("marketplace.role.")) {
            RoleData data = reader.data(event, RoleData.class);
            apply = () -> projection.applyRole(event.type(), data);
        } else if (event.type().equals("marketplace.service_provider.created")) {
            ServiceProviderData data = reader.data(event, ServiceProviderData.class);
            apply = () -> projection.applyProvider(data);
        } else {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (processed.firstDelivery(event.id(), CONSUMER)) {
                apply.run();
            }
        });
    }
}
