package org.offeringcompliance.notification.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.events.EventEnvelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The body of a delivery: a CloudEvents 1.0 JSON object whose id is the delivery's webhook-id. */
@ApplicationScoped
public class DeliveryBodies {

    public static final String SOURCE = "/offering-compliance/notification-service";

    @Inject
    ObjectMapper mapper;

    public String of(UUID id, String type, UUID subject, Instant time, String schemaVersion, JsonNode data) {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, Uuids.hex(id), SOURCE, type,
                Uuids.hex(subject), time, EventEnvelope.CONTENT_TYPE, schemaVersion, data);
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + id + " cannot be written", e);
        }
    }
}
