package org.offeringcompliance.notification.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Subscriptions and their deliveries as their managers see them (API.md section 6). */
@ApplicationScoped
public class WebhookService {

    /** A subscription's settings as a request gives them; null leaves a setting as it is. */
    public record Settings(UUID customer, String url, List<String> eventTypes, String description, Boolean active) {}

    public record Created(WebhookSubscription subscription, String secret) {}

    static final List<String> STATUSES = List.of(WebhookDelivery.PENDING, WebhookDelivery.SUCCEEDED,
            WebhookDelivery.FAILED);

    @Inject
    EntityManager em;

    @Inject
    WebhookAccess access;

    @Inject
    WebhookConfig config;

    @Inject
    Deactivations deactivations;

    @Inject
    DeliveryBodies bodies;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public Created create(Caller caller, Settings settings) {
        UUID customer = settings.customer();
        if (!access.manages(caller, customer)) {
            throw ApiException.fieldError("customer", "You may not manage the webhooks of this customer.");
        }
        if (em.createNativeQuery("SELECT 1 FROM provider WHERE customer_uuid = ?1").setParameter(1, customer)
                .getResultList().isEmpty()) {
            throw ApiException.fieldError("customer", "The customer is not a service provider.");
        }
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.uuid = UUID.randomUUID();
        subscription.customerUuid = customer;
        subscription.url = settings.url();
        subscription.eventTypes = settings.eventTypes().toArray(String[]::new);
        subscription.description = settings.description() == null ? "" : settings.description();
        subscription.secret = Signatures.newSecret();
        subscription.active = true;
        subscription.created = now();
        subscription.modified = subscription.created;
        subscription.persist();
        return new Created(subscription, subscription.secret);
    }

    @Transactional
    public Pages<WebhookSubscription> list(Caller caller, PageRequest request) {
        if (caller.staff()) {
            return Pages.of(WebhookSubscription.find("order by id desc"), request);
        }
        List<UUID> customers = access.managedCustomers(caller);
        if (customers.isEmpty()) {
            return Pages.of(request, 0, (first, max) -> List.of());
        }
        return Pages.of(WebhookSubscription.find("customerUuid in ?1 order by id desc", customers), request);
    }

    @Transactional
    public WebhookSubscription get(Caller caller, UUID uuid) {
        return access.find(caller, uuid);
    }

    @Transactional
    public WebhookSubscription update(Caller caller, UUID uuid, Settings settings) {
        WebhookSubscription subscription = access.find(caller, uuid);
        if (settings.customer() != null && !settings.customer().equals(subscription.customerUuid)) {
            throw ApiException.fieldError("customer", JsonBody.READ_ONLY);
        }
        if (settings.url() != null) {
            subscription.url = settings.url();
        }
        if (settings.eventTypes() != null) {
            subscription.eventTypes = settings.eventTypes().toArray(String[]::new);
        }
        if (settings.description() != null) {
            subscription.description = settings.description();
        }
        if (settings.active() != null && settings.active() != subscription.active) {
            subscription.active = settings.active();
            subscription.disabledReason = null;
            if (!subscription.active) {
                deactivations.failPending(subscription.id, "Not sent: the webhook was deactivated.");
            }
        }
        subscription.modified = now();
        return subscription;
    }

    @Transactional
    public void delete(Caller caller, UUID uuid) {
        access.find(caller, uuid).delete();
    }

    /** A new secret; the old one keeps signing deliveries too for webhooks.rotation-overlap. */
    @Transactional
    public String rotateSecret(Caller caller, UUID uuid) {
        WebhookSubscription subscription = access.find(caller, uuid);
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = now().plus(config.rotationOverlap());
        subscription.secret = Signatures.newSecret();
        subscription.modified = now();
        return subscription.secret;
    }

    /** Queues a webhook.test event for the subscription alone. */
    @Transactional
    public WebhookDelivery test(Caller caller, UUID uuid) {
        WebhookSubscription subscription = activeOne(caller, uuid);
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.uuid = UUID.randomUUID();
        delivery.subscriptionId = subscription.id;
        delivery.eventId = UUID.randomUUID();
        delivery.eventType = ComplianceTypes.TEST;
        delivery.created = now();
        delivery.payload = bodies.of(delivery.eventId, ComplianceTypes.TEST, subscription.uuid, delivery.created, "1",
                mapper.valueToTree(Map.of("webhook_uuid", Uuids.hex(subscription.uuid), "customer_uuid",
                        Uuids.hex(subscription.customerUuid), "message", "A test event: this webhook works.")));
        delivery.status = WebhookDelivery.PENDING;
        delivery.nextAttemptAt = delivery.created;
        delivery.persist();
        return delivery;
    }

    /** The delivery is sent again, with the same webhook-id, as a new attempt with a fresh retry window. */
    @Transactional
    public WebhookDelivery redeliver(Caller caller, UUID uuid, UUID deliveryUuid) {
        WebhookSubscription subscription = access.find(caller, uuid);
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>find("uuid = ?1 and subscriptionId = ?2",
                deliveryUuid, subscription.id).firstResultOptional().orElseThrow(ApiException::notFound);
        requireActive(subscription);
        delivery.status = WebhookDelivery.PENDING;
        delivery.nextAttemptAt = now();
        delivery.firstFailedAt = null;
        return delivery;
    }

    @Transactional
    public Pages<WebhookDelivery> deliveries(Caller caller, UUID uuid, String status, PageRequest request) {
        WebhookSubscription subscription = access.find(caller, uuid);
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.fieldError("status", "Select a valid choice. " + status
                    + " is not one of the available choices.");
        }
        return status == null
                ? Pages.of(WebhookDelivery.find("subscriptionId = ?1 order by id desc", subscription.id), request)
                : Pages.of(WebhookDelivery.find("subscriptionId = ?1 and status = ?2 order by id desc",
                        subscription.id, status), request);
    }

    private WebhookSubscription activeOne(Caller caller, UUID uuid) {
        WebhookSubscription subscription = access.find(caller, uuid);
        requireActive(subscription);
        return subscription;
    }

    private static void requireActive(WebhookSubscription subscription) {
        if (!subscription.active) {
            throw ApiException.conflict("The webhook is not active: turn it on (is_active) first.");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
