package org.offeringcompliance.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses a Kafka record value into an envelope; anything unreadable is a poison message for the dead-letter topic. */
@ApplicationScoped
public class EventReader {

    @Inject
    ObjectMapper mapper;

    public EventEnvelope read(String value) {
        try {
            EventEnvelope event = mapper.readValue(value, EventEnvelope.class);
            if (event.id() == null || event.type() == null || event.data() == null) {
                throw new IllegalArgumentException("not an event envelope: id, type and data are required");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable event: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T data(EventEnvelope event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " has unreadable data: " + e.getOriginalMessage(), e);
        }
    }
}
