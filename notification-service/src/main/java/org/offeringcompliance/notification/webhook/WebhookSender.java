package org.offeringcompliance.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.mail.MailSender;
import org.offeringcompliance.notification.webhook.WebhookHttp.Result;
import org.offeringcompliance.notification.webhook.WebhookUrls.Refused;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries. A batch is claimed in a short transaction (FOR UPDATE SKIP LOCKED, then its next attempt moved
 * past the timeout, so no other instance takes it and a crash only delays it), sent concurrently outside any
 * transaction, and each outcome recorded in a transaction of its own.
 */
@ApplicationScoped
public class WebhookSender {

    /** One attempt at a delivery, with what it needs from its subscription. */
    record Attempt(long deliveryId, UUID eventId, String payload, String url, List<String> secrets) {}

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookUrls urls;

    @Inject
    WebhookHttp http;

    @Inject
    DeliveryOutcomes outcomes;

    @Inject
    MailSender mails;

    @Scheduled(every = "{webhooks.send-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue(Instant.now());
    }

    /** One attempt at every delivery due at {@code now} (tests pass a later moment); returns how many were made. */
    public int sendDue(Instant now) {
        int attempted = 0;
        boolean disabled = false;
        List<Attempt> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> claim(now));
            List<CompletableFuture<Result>> results = batch.stream().map(this::send).toList();
            for (int i = 0; i < batch.size(); i++) {
                long id = batch.get(i).deliveryId();
                Result result = results.get(i).join();
                disabled |= QuarkusTransaction.requiringNew().call(() -> outcomes.record(id, result, now));
            }
            attempted += batch.size();
        } while (batch.size() == config.batchSize());
        if (disabled) {
            mails.sendPending();
        }
        return attempted;
    }

    private List<Attempt> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s "
                + "ON s.id = d.subscription_id WHERE d.status = 'pending' AND d.next_attempt_at <= ?1 AND s.is_active "
                + "ORDER BY d.next_attempt_at, d.id LIMIT ?2 FOR UPDATE OF d SKIP LOCKED").setParameter(1, now)
                .setParameter(2, config.batchSize()).getResultList();
        List<Attempt> attempts = new ArrayList<>();
        Instant lease = now.plus(config.timeout()).plus(Duration.ofMinutes(1));
        for (Number id : ids) {
            WebhookDelivery delivery = WebhookDelivery.findById(id.longValue());
            WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
            delivery.attempts++;
            delivery.nextAttemptAt = lease;
            attempts.add(new Attempt(delivery.id, delivery.eventId, delivery.payload, subscription.url,
                    subscription.signingSecrets(now)));
        }
        return attempts;
    }

    private CompletableFuture<Result> send(Attempt attempt) {
        WebhookUrls.Target target;
        try {
            target = urls.target(attempt.url());
        } catch (Refused e) {
            return CompletableFuture.completedFuture(new Result(null, e.getMessage()));
        }
        String id = Uuids.hex(attempt.eventId());
        long timestamp = Instant.now().getEpochSecond();
        return http.post(target, Map.of("content-type", "application/json", "user-agent",
                "offering-compliance-webhooks/1", "webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", Signatures.header(attempt.secrets(), id, timestamp, attempt.payload())),
                attempt.payload());
    }
}
