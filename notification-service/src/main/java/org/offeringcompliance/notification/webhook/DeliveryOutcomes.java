package org.offeringcompliance.notification.webhook;

import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.notification.webhook.WebhookHttp.Result;

/**
 * What an attempt means for its delivery: a 2xx succeeds; 410 Gone fails it and disables the subscription; anything
 * else is retried (RetryPolicy) until the retry window has passed, which fails it and disables the subscription too.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    @Inject
    WebhookConfig config;

    @Inject
    Deactivations deactivations;

    private RetryPolicy retries;

    @PostConstruct
    void init() {
        retries = RetryPolicy.of(config);
    }

    /** Records the attempt's result; true when it disabled the subscription. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(long deliveryId, Result result, Instant now) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !WebhookDelivery.PENDING.equals(delivery.status)) {
            return false; // deleted with its subscription, or failed by a deactivation meanwhile
        }
        delivery.lastStatusCode = result.statusCode();
        delivery.lastError = result.problem();
        if (result.succeeded()) {
            settle(delivery, WebhookDelivery.SUCCEEDED);
            return false;
        }
        if (result.gone()) {
            settle(delivery, WebhookDelivery.FAILED);
            return disable(delivery, "The endpoint answered 410 Gone.", now);
        }
        if (delivery.firstFailedAt == null) {
            delivery.firstFailedAt = now;
        }
        if (retries.givesUp(delivery.firstFailedAt, now)) {
            settle(delivery, WebhookDelivery.FAILED);
            return disable(delivery, "Deliveries failed for " + config.retryWindow().toHours()
                    + " hours; the last attempt: " + result.problem(), now);
        }
        delivery.nextAttemptAt = now.plus(retries.pauseAfter(delivery.attempts));
        return false;
    }

    private static void settle(WebhookDelivery delivery, String status) {
        delivery.status = status;
        delivery.nextAttemptAt = null;
    }

    private boolean disable(WebhookDelivery delivery, String reason, Instant now) {
        WebhookDelivery.flush();
        return deactivations.disable(WebhookSubscription.findById(delivery.subscriptionId), reason, now);
    }
}
