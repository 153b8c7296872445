package org.offeringcompliance.notification;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.offeringcompliance.testing.KafkaTopics;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes events built from the producers' own golden samples (offering-user-service and checklist-service
 * src/test/resources/events), so a change of either contract breaks this build.
 */
public final class EventFeed {

    static final Path MARKETPLACE = Path.of("../offering-user-service/src/test/resources/events");
    static final Path CHECKLIST = Path.of("../checklist-service/src/test/resources/events");
    static final ObjectMapper JSON = new ObjectMapper();

    private EventFeed() {}

    public static void send(String type, String subject, Map<String, ?> data) {
        try {
            Path samples = type.startsWith("checklist.") ? CHECKLIST : MARKETPLACE;
            ObjectNode event = (ObjectNode) JSON.readTree(samples.resolve(type + ".json").toFile());
            event.put("id", UUID.randomUUID().toString()).put("time", Instant.now().toString()).put("subject", subject);
            ObjectNode payload = (ObjectNode) event.get("data");
            data.forEach((k, v) -> payload.set(k, JSON.valueToTree(v)));
            KafkaTopics.send("test." + topicOf(type), subject, JSON.writeValueAsString(event));
        } catch (IOException e) {
            throw new IllegalStateException("no golden sample for " + type, e);
        }
    }

    static String topicOf(String type) {
        if (type.startsWith("checklist.completion.")) {
            return "checklist.completions";
        }
        if (type.startsWith("marketplace.offering_user.")) {
            return "marketplace.offering-users";
        }
        return type.startsWith("marketplace.offering.") ? "marketplace.offerings" : "marketplace.customers";
    }

    public static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A provider's customer with an owner, and its offerings. */
    public record Provider(String customer, String provider, TestUser owner) {

        public static Provider of(TestUser owner) {
            Provider p = new Provider(hex(), hex(), owner);
            send("marketplace.role.granted", p.customer, Map.of("customer_uuid", p.customer, "user_uuid",
                    owner.hexId(), "email", owner.email(), "full_name", owner.fullName(), "role", "owner"));
            send("marketplace.service_provider.created", p.customer,
                    Map.of("service_provider_uuid", p.provider, "customer_uuid", p.customer));
            return p;
        }

        public String offering(String name, Map<String, Object> policy) {
            String offering = hex();
            Map<String, Object> data = new HashMap<>(Map.of("offering_uuid", offering, "name", name, "customer_uuid",
                    customer, "version", 1));
            data.put("compliance_policy", policy);
            send("marketplace.offering.updated", offering, data);
            return offering;
        }
    }

    public static Map<String, Object> policy(List<Integer> reminderDays, Integer overdueEveryDays,
            Integer escalateAfter) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("due_days", 10);
        policy.put("reminder_days", reminderDays);
        policy.put("overdue_every_days", overdueEveryDays);
        policy.put("escalate_after", escalateAfter);
        policy.put("recertify_every_days", null);
        policy.put("grace_days", 14);
        return policy;
    }

    /** The user's offering user and its completion on the offering, due at the given time; returns the completion. */
    public static String openCompletion(TestUser user, String offering, String customer, Instant dueAt) {
        String offeringUser = hex();
        send("marketplace.offering_user.created", offeringUser, Map.of("offering_user_uuid", offeringUser,
                "offering_uuid", offering, "customer_uuid", customer, "user_uuid", user.hexId(), "user_email",
                user.email(), "user_full_name", user.fullName(), "version", 1));
        String completion = hex();
        send("checklist.completion.created", completion, completion(completion, offeringUser, offering, user, dueAt,
                "pending", 1, 1));
        return completion;
    }

    public static Map<String, Object> completion(String completion, String offeringUser, String offering,
            TestUser user, Instant dueAt, String state, int cycle, long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("completion_uuid", completion);
        data.put("offering_user_uuid", offeringUser);
        data.put("offering_uuid", offering);
        data.put("user_uuid", user.hexId());
        data.put("is_completed", false);
        data.put("requires_review", false);
        data.put("reviewed_at", null);
        data.put("due_at", dueAt == null ? null : dueAt.toString());
        data.put("compliance_state", state);
        data.put("cycle", cycle);
        data.put("version", version);
        return data;
    }
}
