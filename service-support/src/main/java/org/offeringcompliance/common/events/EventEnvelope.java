package org.offeringcompliance.common.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A published fact in CloudEvents 1.0 structured JSON form: the whole envelope is the Kafka record value, so a topic
 * can be replayed or read by any system without our code. The record key is the aggregate uuid (= subject).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(String specversion, String id, String source, String type, String subject, Instant time,
        String datacontenttype, String schemaversion, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
}
