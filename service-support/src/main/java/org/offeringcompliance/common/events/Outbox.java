package org.offeringcompliance.common.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Transactional outbox: an event is stored in the same database transaction as the change it describes and
 * {@link OutboxRelay} publishes it after commit, so a rollback emits nothing and a broker outage loses nothing.
 * Each service using it has an outbox_event table (see its Flyway migrations).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /**
     * @param topic Kafka topic
     * @param type event type, a fact in the past tense, e.g. "marketplace.offering_user.created"
     * @param subject the aggregate uuid (hex); also the record key
     * @param data the event's payload, serialised with Jackson
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String type, String subject, Object data) {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                "/offering-compliance/" + application, type, subject, Instant.now(), EventEnvelope.CONTENT_TYPE,
                "1", mapper.valueToTree(data));
        em.createNativeQuery("INSERT INTO outbox_event (topic, event_key, payload) VALUES (?1, ?2, ?3)")
                .setParameter(1, topic).setParameter(2, subject).setParameter(3, write(event)).executeUpdate();
        relay.wakeUpAfterCommit();
        return event;
    }

    /** One fact per subject of the same type, written with one JDBC batch (bulk changes such as a backfill). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, String type, java.util.Map<String, ?> dataBySubject) {
        if (dataBySubject.isEmpty()) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection
                    .prepareStatement("INSERT INTO outbox_event (topic, event_key, payload) VALUES (?, ?, ?)")) {
                for (var entry : dataBySubject.entrySet()) {
                    EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                            "/offering-compliance/" + application, type, entry.getKey(), Instant.now(),
                            EventEnvelope.CONTENT_TYPE, "1", mapper.valueToTree(entry.getValue()));
                    insert.setString(1, topic);
                    insert.setString(2, entry.getKey());
                    insert.setString(3, write(event));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        relay.wakeUpAfterCommit();
    }

    private String write(EventEnvelope event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event.type(), e);
        }
    }
}
