package org.offeringcompliance.checklist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.offeringcompliance.testing.KafkaTopics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes marketplace events built from the marketplace service's own golden samples (its
 * src/test/resources/events), so a change of that contract breaks this build.
 */
public final class MarketplaceFeed {

    static final Path SAMPLES = Path.of("../offering-user-service/src/test/resources/events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private MarketplaceFeed() {}

    /** Sends the sample of the type with a fresh id and time, the given subject and data fields overridden. */
    public static String send(String type, String subject, Map<String, Object> data) {
        String event = event(type, subject, data);
        sendRaw(topicOf(type), subject, event);
        return event;
    }

    /** The record value of such an event, e.g. to deliver it twice. */
    public static String event(String type, String subject, Map<String, Object> data) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(SAMPLES.resolve(type + ".json").toFile());
            event.put("id", UUID.randomUUID().toString()).put("time", Instant.now().toString()).put("subject", subject);
            ObjectNode payload = (ObjectNode) event.get("data");
            data.forEach((k, v) -> payload.set(k, JSON.valueToTree(v)));
            return JSON.writeValueAsString(event);
        } catch (IOException e) {
            throw new IllegalStateException("no golden sample for " + type, e);
        }
    }

    public static void sendRaw(String topic, String key, String value) {
        KafkaTopics.send("test." + topic, key, value);
    }

    public static String topicOf(String type) {
        if (type.startsWith("marketplace.offering_user.")) {
            return "marketplace.offering-users";
        }
        if (type.startsWith("marketplace.offering.")) {
            return "marketplace.offerings";
        }
        return "marketplace.customers";
    }

    public static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** An offering user and its offering, as the marketplace would announce them. */
    public record OfferingUser(String offeringUser, String offering, String customer, String user) {

        public String created(String checklist, long version) {
            return send("marketplace.offering_user.created", offeringUser, fields(checklist, version));
        }

        public String deleted(long version) {
            return send("marketplace.offering_user.deleted", offeringUser, fields(null, version));
        }

        public Map<String, Object> fields(String checklist, long version) {
            java.util.HashMap<String, Object> fields = new java.util.HashMap<>();
            fields.put("offering_user_uuid", offeringUser);
            fields.put("offering_uuid", offering);
            fields.put("customer_uuid", customer);
            fields.put("user_uuid", user);
            fields.put("compliance_checklist", checklist);
            fields.put("version", version);
            fields.put("created", Instant.now().toString());
            return fields;
        }
    }

    public static String checklistAssigned(String offering, String checklist, long version) {
        java.util.HashMap<String, Object> fields = new java.util.HashMap<>();
        fields.put("offering_uuid", offering);
        fields.put("compliance_checklist", checklist);
        fields.put("version", version);
        return send(checklist == null ? "marketplace.offering.checklist_removed" : "marketplace.offering.checklist_assigned",
                offering, fields);
    }

    /** The offering as updated with a compliance policy (its checklist and customer as given), modified now. */
    public static String offeringWithPolicy(String offering, String customer, String checklist,
            Map<String, Object> policy, long version) {
        java.util.HashMap<String, Object> fields = new java.util.HashMap<>();
        fields.put("offering_uuid", offering);
        fields.put("customer_uuid", customer);
        fields.put("compliance_checklist", checklist);
        fields.put("compliance_policy", policy);
        fields.put("version", version);
        fields.put("modified", Instant.now().toString());
        return send("marketplace.offering.updated", offering, fields);
    }

    public static void role(String customer, String user, String role, boolean granted) {
        send(granted ? "marketplace.role.granted" : "marketplace.role.revoked", customer,
                Map.of("customer_uuid", customer, "user_uuid", user, "role", role));
    }
}
