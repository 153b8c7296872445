package org.offeringcompliance.notification.api;

import java.time.Instant;
import java.util.List;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.webhook.WebhookSubscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A webhook subscription as the API shows it; the secret only in the answer that made it. */
public record WebhookView(String uuid, @JsonProperty("customer_uuid") String customerUuid, String url,
        @JsonProperty("event_types") List<String> eventTypes, String description,
        @JsonProperty("is_active") boolean active, @JsonProperty("disabled_reason") String disabledReason,
        Instant created, Instant modified, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookView of(WebhookSubscription s) {
        return withSecret(s, null);
    }

    static WebhookView withSecret(WebhookSubscription s, String secret) {
        return new WebhookView(Uuids.hex(s.uuid), Uuids.hex(s.customerUuid), s.url, List.of(s.eventTypes),
                s.description, s.active, s.disabledReason, s.created, s.modified, secret);
    }
}
