package org.offeringcompliance.notification.api;

import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.webhook.WebhookDelivery;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A delivery as GET /api/webhooks/{uuid}/deliveries/ lists it. */
public record WebhookDeliveryView(String uuid, @JsonProperty("event_id") String eventId,
        @JsonProperty("event_type") String eventType, String status, int attempts,
        @JsonProperty("last_status_code") Integer lastStatusCode, @JsonProperty("last_error") String lastError,
        @JsonProperty("next_attempt_at") Instant nextAttemptAt, Instant created) {

    static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(Uuids.hex(d.uuid), Uuids.hex(d.eventId), d.eventType, d.status, d.attempts,
                d.lastStatusCode, d.lastError, d.nextAttemptAt, d.created);
    }
}
