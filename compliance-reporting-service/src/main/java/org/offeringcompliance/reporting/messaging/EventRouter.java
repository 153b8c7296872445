package org.offeringcompliance.reporting.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.offeringcompliance.common.events.EventEnvelope;
import org.offeringcompliance.common.events.EventReader;
import org.offeringcompliance.common.events.ProcessedEvents;
import org.offeringcompliance.reporting.checklist.ChecklistProjection;
import org.offeringcompliance.reporting.completion.CompletionProjection;
import org.offeringcompliance.reporting.customer.CustomerProjection;
import org.offeringcompliance.reporting.messaging.EventData.ChecklistData;
import org.offeringcompliance.reporting.messaging.EventData.CompletionData;
import org.offeringcompliance.reporting.messaging.EventData.CustomerData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingUserData;
import org.offeringcompliance.reporting.messaging.EventData.QuestionData;
import org.offeringcompliance.reporting.messaging.EventData.RoleData;
import org.offeringcompliance.reporting.messaging.EventData.ServiceProviderData;
import org.offeringcompliance.reporting.offering.OfferingProjection;
import org.offeringcompliance.reporting.offeringuser.OfferingUserProjection;

/**
 * Applies one event to the read models of the current transaction's schema, once: live consumers and the rebuild share
 * it, so a rebuild gives exactly what the live consumers give. Types that do not affect the reports are skipped.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventRouter {

    /** The consumer name under which applied event ids are recorded. */
    public static final String CONSUMER = "compliance-reporting-service";
    /** Completion events that carry the whole completion: the deadline pass's overdue, expired, reopened too. */
    public static final Set<String> COMPLETION_CHANGES = Set.of("checklist.completion.created",
            "checklist.completion.updated", "checklist.completion.overdue", "checklist.completion.expired",
            "checklist.completion.reopened");
    public static final String COMPLETION_DELETED = "checklist.completion.deleted";
    private static final Logger LOG = Logger.getLogger(EventRouter.class);

    @Inject
    EventReader reader;

    @Inject
    ProcessedEvents processed;

    @Inject
    CustomerProjection customers;

    @Inject
    OfferingProjection offerings;

    @Inject
    OfferingUserProjection offeringUsers;

    @Inject
    ChecklistProjection checklists;

    @Inject
    CompletionProjection completions;

    /** False when the event was applied before (a redelivery or a duplicate). */
    public boolean applyOnce(EventEnvelope event) {
        if (!processed.firstDelivery(event.id(), CONSUMER)) {
            return false;
        }
        apply(event);
        return true;
    }

    /** A batch: the new ids recorded with one statement, then each new event applied in order. */
    public void applyAllOnce(List<EventEnvelope> events) {
        Set<String> fresh = processed.firstDeliveries(events.stream().map(EventEnvelope::id).toList(), CONSUMER);
        for (EventEnvelope event : events) {
            if (fresh.remove(event.id())) {
                apply(event);
            }
        }
    }

    private void apply(EventEnvelope event) {
        Instant time = event.time() == null ? Instant.EPOCH : event.time();
        switch (event.type()) {
            case "marketplace.customer.created", "marketplace.customer.updated" -> {
                CustomerData d = reader.data(event, CustomerData.class);
                customers.named(EventData.required("customer_uuid", d.customerUuid()), d.name(), time);
            }
            case "marketplace.service_provider.created" -> {
                ServiceProviderData d = reader.data(event, ServiceProviderData.class);
                customers.providerCreated(EventData.required("service_provider_uuid", d.serviceProviderUuid()),
                        EventData.required("customer_uuid", d.customerUuid()));
                customers.named(EventData.required("customer_uuid", d.customerUuid()), d.customerName(), time);
            }
            case "marketplace.role.granted", "marketplace.role.revoked" -> role(event);
            case "marketplace.offering.created", "marketplace.offering.updated", "marketplace.offering.checklist_assigned",
                    "marketplace.offering.checklist_removed" ->
                offerings.changed(reader.data(event, OfferingData.class), time);
            case "marketplace.offering.deleted" -> offerings.deleted(reader.data(event, OfferingData.class));
            case "marketplace.offering_user.created", "marketplace.offering_user.updated" ->
                offeringUsers.changed(reader.data(event, OfferingUserData.class));
            case "marketplace.offering_user.deleted" -> offeringUsers.deleted(reader.data(event, OfferingUserData.class));
            case "checklist.checklist.created", "checklist.checklist.updated" ->
                checklists.changed(reader.data(event, ChecklistData.class));
            case "checklist.checklist.deleted" -> checklists.deleted(reader.data(event, ChecklistData.class));
            case "checklist.question.created", "checklist.question.updated", "checklist.question.deleted" -> {
                QuestionData d = reader.data(event, QuestionData.class);
                checklists.questionsChanged(d.checklist(), d.questionsCount(), d.checklistVersion());
            }
            case COMPLETION_DELETED -> completions.deleted(reader.data(event, CompletionData.class));
            default -> {
                if (COMPLETION_CHANGES.contains(event.type())) {
                    completions.changed(reader.data(event, CompletionData.class));
                } else {
                    LOG.debugf("event %s of type %s does not affect the reports", event.id(), event.type());
                }
            }
        }
    }

    private void role(EventEnvelope event) {
        RoleData d = reader.data(event, RoleData.class);
        if (d.role() == null || d.role().isBlank()) {
            throw new IllegalArgumentException("event " + event.id() + " has no role");
        }
        if (event.type().endsWith(".granted")) {
            customers.granted(EventData.required("customer_uuid", d.customerUuid()),
                    EventData.required("user_uuid", d.userUuid()), d.role());
        } else {
            customers.revoked(EventData.required("customer_uuid", d.customerUuid()),
                    EventData.required("user_uuid", d.userUuid()), d.role());
        }
    }
}
