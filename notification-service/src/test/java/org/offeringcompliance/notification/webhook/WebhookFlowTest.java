package org.offeringcompliance.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.notification.EventFeed;
import org.offeringcompliance.notification.EventFeed.Provider;
import org.offeringcompliance.notification.NotificationTestResource;
import org.offeringcompliance.notification.webhook.HookReceiver.Received;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;
import org.offeringcompliance.testing.Mailboxes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Webhooks end to end (API.md section 6): subscriptions through the API with real Keycloak tokens, events from the
 * producers' golden samples on the real broker, deliveries POSTed to a receiver on 127.0.0.1, owners' mail read over
 * IMAP. Deliveries are sent by calling the sender, as if at a given moment.
 */
@QuarkusTest
@QuarkusTestResource(value = NotificationTestResource.class, restrictToAnnotatedClass = false)
class WebhookFlowTest {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String HOOKS = "/api/webhooks/";
    static final String ONE = "/api/webhooks/{uuid}/";
    static final String DELIVERIES = "/api/webhooks/{uuid}/deliveries/";
    static TestUser staff;

    @Inject
    WebhookSender sender;

    @Test
    void ownersAndManagersManageTheirCustomersWebhooksAndEveryoneElseSeesNotFound() {
        TestUser owner = KEYCLOAK.create("owner");
        TestUser manager = KEYCLOAK.create("manager");
        TestUser otherOwner = KEYCLOAK.create("other");
        TestUser stranger = KEYCLOAK.create("stranger");
        Provider provider = Provider.of(owner);
        grant(provider.customer(), manager, "manager");
        Provider other = Provider.of(otherOwner);
        try (HookReceiver receiver = HookReceiver.start()) {
            Map<String, Object> hook = subscribe(owner, provider.customer(), receiver.url(),
                    List.of(ComplianceTypes.CREATED));
            String uuid = (String) hook.get("uuid");
            String secret = (String) hook.get("secret");
            assertTrue(secret.startsWith("whsec_") && Base64.getDecoder().decode(secret.substring(6)).length >= 24);
            assertEquals(provider.customer(), hook.get("customer_uuid"));
            assertEquals(true, hook.get("is_active"));

            as(owner).get(ONE, uuid).then().statusCode(200).body("url", equalTo(receiver.url()))
                    .body("secret", nullValue()).body("disabled_reason", nullValue());
            await().atMost(Duration.ofSeconds(30)).until(() -> as(manager).get(HOOKS).then().statusCode(200).extract()
                    .jsonPath().getList("uuid").contains(uuid));
            as(manager).get(HOOKS).then().body("secret", not(hasItem(secret)));
            as(staff()).get(ONE, uuid).then().statusCode(200);
            for (TestUser outsider : List.of(otherOwner, stranger)) {
                as(outsider).get(ONE, uuid).then().statusCode(404).body("detail", equalTo("Not found."));
                as(outsider).get(HOOKS).then().statusCode(200).body("uuid", not(hasItem(uuid)));
                as(outsider).body(Map.of("description", "mine")).patch(ONE, uuid).then().statusCode(404);
                as(outsider).post(ONE + "rotate_secret/", uuid).then().statusCode(404);
                as(outsider).post(ONE + "test/", uuid).then().statusCode(404);
                as(outsider).get(DELIVERIES, uuid).then().statusCode(404);
                as(outsider).delete(ONE, uuid).then().statusCode(404);
            }
            as(otherOwner).body(body(provider.customer(), receiver.url(), List.of(ComplianceTypes.CREATED)))
                    .post(HOOKS).then().statusCode(400).body("customer[0]", startsWith("You may not manage"));

            as(manager).body(Map.of("description", "CRM sync", "event_types", List.of(ComplianceTypes.COMPLETED,
                    ComplianceTypes.COMPLETED, ComplianceTypes.CHECKLIST_CHANGED))).patch(ONE, uuid).then()
                    .statusCode(200).body("description", equalTo("CRM sync"))
                    .body("event_types", equalTo(List.of(ComplianceTypes.COMPLETED, ComplianceTypes.CHECKLIST_CHANGED)));
            as(manager).body(Map.of("customer", other.customer())).patch(ONE, uuid).then().statusCode(400)
                    .body("customer[0]", equalTo("This field cannot be changed."));
            String rotated = as(manager).post(ONE + "rotate_secret/", uuid).then().statusCode(200).extract()
                    .path("secret");
            assertTrue(rotated.startsWith("whsec_") && !rotated.equals(secret));
            as(manager).delete(ONE, uuid).then().statusCode(204);
            as(owner).get(ONE, uuid).then().statusCode(404);
        }
    }

    @Test
    void urlsMustBeHttpsToPublicAddressesExceptTheLocalOriginTheTestProfileAllows() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider provider = Provider.of(owner);
        try (HookReceiver receiver = HookReceiver.start()) {
            subscribe(owner, provider.customer(), receiver.url(), List.of(ComplianceTypes.CREATED));
            List<String> types = List.of(ComplianceTypes.CREATED);
            as(owner).body(body(provider.customer(), "http://example.org/hook", types)).post(HOOKS).then()
                    .statusCode(400).body("url[0]", equalTo("The URL must use https."));
            as(owner).body(body(provider.customer(), "https://10.0.0.1/hook", types)).post(HOOKS).then()
                    .statusCode(400).body("url[0]", equalTo("The URL must resolve to public addresses only; 10.0.0.1 is not."));
            as(owner).body(body(provider.customer(), "https://[::1]:8443/hook", types)).post(HOOKS).then()
                    .statusCode(400).body("url[0]", startsWith("The URL must resolve to public addresses only"));
            as(owner).body(body(provider.customer(), receiver.url(), List.of())).post(HOOKS).then().statusCode(400)
                    .body("event_types[0]", equalTo("This list may not be empty."));
            as(owner).body(body(provider.customer(), receiver.url(), List.of("compliance.completion.eaten")))
                    .post(HOOKS).then().statusCode(400)
                    .body("event_types[0]", equalTo("\"compliance.completion.eaten\" is not a valid choice."));
            as(owner).body(Map.of("customer", "not-a-uuid")).post(HOOKS).then().statusCode(400)
                    .body("customer[0]", equalTo("Must be a valid UUID.")).body("url[0]", equalTo("This field is required."))
                    .body("event_types[0]", equalTo("This field is required."));
            as(staff()).body(body(EventFeed.hex(), receiver.url(), types)).post(HOOKS).then().statusCode(400)
                    .body("customer[0]", equalTo("The customer is not a service provider."));
        }
    }

    @Test
    void anEventReachesTheSubscribedCustomersHookOnceSignedAndNoOtherCustomersHook() throws Exception {
        TestUser owner = KEYCLOAK.create("owner");
        Provider provider = Provider.of(owner);
        Provider other = Provider.of(KEYCLOAK.create("owner"));
        String offering = provider.offering("VPN", EventFeed.policy(List.of(7), 7, null));
        try (HookReceiver mine = HookReceiver.start(); HookReceiver theirs = HookReceiver.start()) {
            Map<String, Object> hook = subscribe(owner, provider.customer(), mine.url(),
                    List.of(ComplianceTypes.CHECKLIST_CHANGED, ComplianceTypes.CREATED, ComplianceTypes.COMPLETED));
            String uuid = (String) hook.get("uuid");
            String otherHook = (String) subscribe(other.owner(), other.customer(), theirs.url(), ComplianceTypes.ALL)
                    .get("uuid");

            EventFeed.send("marketplace.offering.checklist_assigned", offering, Map.of("offering_uuid", offering,
                    "name", "VPN", "customer_uuid", provider.customer(), "version", 2));
            awaitDeliveries(owner, uuid, 1);
            TestUser user = KEYCLOAK.create("user");
            String completion = EventFeed.openCompletion(user, offering, provider.customer(), null);
            awaitDeliveries(owner, uuid, 2);
            Map<String, Object> done = EventFeed.completion(completion, EventFeed.hex(), offering, user, null,
                    "completed", 1, 2);
            done.put("is_completed", true);
            done.put("requires_review", true);
            EventFeed.send("checklist.completion.updated", completion, done);
            awaitDeliveries(owner, uuid, 3);

            sender.sendDue(Instant.now());
            Map<String, Received> received = mine.received().stream()
                    .collect(Collectors.toMap(r -> json(r.body()).get("type").asText(), r -> r));
            assertEquals(Set.of(ComplianceTypes.CHECKLIST_CHANGED, ComplianceTypes.CREATED, ComplianceTypes.COMPLETED),
                    received.keySet(), "the subscribed types only: review_required was not asked for");
            assertEquals(offering, json(received.get(ComplianceTypes.CHECKLIST_CHANGED).body()).get("subject").asText());
            assertTrue(theirs.received().isEmpty());
            as(other.owner()).get(DELIVERIES, otherHook).then().statusCode(200).body("size()", equalTo(0));

            Received created = received.get(ComplianceTypes.CREATED);
            JsonNode event = json(created.body());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("/offering-compliance/notification-service", event.get("source").asText());
            assertEquals(completion, event.get("subject").asText());
            assertEquals("application/json", event.get("datacontenttype").asText());
            assertEquals(completion, event.get("data").get("completion_uuid").asText());
            assertEquals(event.get("id").asText(), created.header("webhook-id"));
            long timestamp = Long.parseLong(created.header("webhook-timestamp"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60);
            assertEquals("v1," + hmac((String) hook.get("secret"), created.header("webhook-id"), timestamp,
                    created.body()), created.header("webhook-signature"));
            new Webhook((String) hook.get("secret")).verify(created.body(), created.headerLists());
            as(owner).get(DELIVERIES + "?status=succeeded", uuid).then().statusCode(200).body("size()", equalTo(3))
                    .body("event_id", hasItem(created.header("webhook-id"))).body("[0].attempts", equalTo(1))
                    .body("[0].last_status_code", equalTo(200)).body("[0].next_attempt_at", nullValue());
            sender.sendDue(Instant.now().plus(Duration.ofDays(2)));
            assertEquals(3, mine.received().size(), "nothing is sent twice");
        }
    }

    @Test
    void aRetryAfterA500KeepsTheWebhookIdAndARotationSignsWithBothSecrets() throws Exception {
        TestUser owner = KEYCLOAK.create("owner");
        Provider provider = Provider.of(owner);
        try (HookReceiver receiver = HookReceiver.start().answer(500)) {
            Map<String, Object> hook = subscribe(owner, provider.customer(), receiver.url(), ComplianceTypes.ALL);
            String uuid = (String) hook.get("uuid");
            as(owner).post(ONE + "test/", uuid).then().statusCode(202).body("event_type", equalTo("webhook.test"))
                    .body("status", equalTo("pending"));
            Instant now = Instant.now();
            sender.sendDue(now);
            as(owner).get(DELIVERIES + "?status=pending", uuid).then().statusCode(200).body("size()", equalTo(1))
                    .body("[0].attempts", equalTo(1)).body("[0].last_status_code", equalTo(500))
                    .body("[0].last_error", equalTo("HTTP 500"));
            String newSecret = as(owner).post(ONE + "rotate_secret/", uuid).then().statusCode(200).extract()
                    .path("secret");
            sender.sendDue(now.plus(Duration.ofSeconds(31)));

            List<Received> received = receiver.received();
            assertEquals(2, received.size());
            assertEquals("webhook.test", json(received.get(0).body()).get("type").asText());
            assertEquals(received.get(0).header("webhook-id"), received.get(1).header("webhook-id"));
            assertEquals(received.get(0).body(), received.get(1).body());
            Received retry = received.get(1);
            long timestamp = Long.parseLong(retry.header("webhook-timestamp"));
            assertEquals("v1," + hmac(newSecret, retry.header("webhook-id"), timestamp, retry.body()) + " v1,"
                    + hmac((String) hook.get("secret"), retry.header("webhook-id"), timestamp, retry.body()),
                    retry.header("webhook-signature"));
            new Webhook(newSecret).verify(retry.body(), retry.headerLists());
            new Webhook((String) hook.get("secret")).verify(retry.body(), retry.headerLists());
            as(owner).get(DELIVERIES, uuid).then().body("[0].status", equalTo("succeeded"))
                    .body("[0].attempts", equalTo(2)).body("[0].last_error", nullValue());
        }
    }

    @Test
    void gone410DisablesTheWebhookMailsTheOwnersAndARedeliveryAfterReactivatingSucceeds() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider provider = Provider.of(owner);
        try (HookReceiver receiver = HookReceiver.start().answer(410)) {
            String uuid = (String) subscribe(owner, provider.customer(), receiver.url(), ComplianceTypes.ALL).get("uuid");
            String delivery = as(owner).post(ONE + "test/", uuid).then().statusCode(202).extract().path("uuid");
            sender.sendDue(Instant.now());
            as(owner).get(ONE, uuid).then().body("is_active", equalTo(false))
                    .body("disabled_reason", equalTo("The endpoint answered 410 Gone."));
            as(owner).get(DELIVERIES + "?status=failed", uuid).then().body("size()", equalTo(1))
                    .body("[0].last_status_code", equalTo(410));
            as(owner).get(DELIVERIES + "?status=pending", uuid).then().body("size()", equalTo(0));
            as(owner).get(DELIVERIES + "?status=delivered", uuid).then().statusCode(400)
                    .body("status[0]", startsWith("Select a valid choice."));
            await().atMost(Duration.ofSeconds(30)).until(() -> !Mailboxes.of(owner.email()).isEmpty());
            Mailboxes.Received mail = Mailboxes.of(owner.email()).get(0);
            assertEquals("Your compliance webhook was disabled", mail.subject());
            assertTrue(mail.text().contains(receiver.url()) && mail.text().contains("410 Gone"), mail.text());
            as(owner).get("/api/notifications/").then().statusCode(200).body("kind", not(hasItem("webhook_disabled")));

            as(owner).post(ONE + "test/", uuid).then().statusCode(409);
            as(owner).post(ONE + "deliveries/{d}/redeliver/", uuid, delivery).then().statusCode(409);
            as(owner).body(Map.of("is_active", true)).patch(ONE, uuid).then().statusCode(200)
                    .body("is_active", equalTo(true)).body("disabled_reason", nullValue());
            as(owner).post(ONE + "deliveries/{d}/redeliver/", uuid, EventFeed.hex()).then().statusCode(404);
            as(owner).post(ONE + "deliveries/{d}/redeliver/", uuid, delivery).then().statusCode(202)
                    .body("status", equalTo("pending"));
            sender.sendDue(Instant.now());
            assertEquals(2, receiver.received().size(), "the redelivery is a new attempt");
            assertEquals(receiver.received().get(0).header("webhook-id"), receiver.received().get(1).header("webhook-id"));
            as(owner).get(DELIVERIES, uuid).then().body("[0].status", equalTo("succeeded"))
                    .body("[0].attempts", equalTo(2));
        }
    }

    @Test
    void aDayOfFailuresFailsTheDeliveryAndDisablesTheWebhook() {
        TestUser owner = KEYCLOAK.create("owner");
        Provider provider = Provider.of(owner);
        try (HookReceiver receiver = HookReceiver.start().answer(500, 503, 502)) {
            String uuid = (String) subscribe(owner, provider.customer(), receiver.url(), ComplianceTypes.ALL).get("uuid");
            as(owner).post(ONE + "test/", uuid).then().statusCode(202);
            Instant now = Instant.now();
            sender.sendDue(now);
            sender.sendDue(now.plus(Duration.ofHours(12)));
            as(owner).get(ONE, uuid).then().body("is_active", equalTo(true));
            sender.sendDue(now.plus(Duration.ofHours(25)));
            assertEquals(3, receiver.received().size());
            as(owner).get(ONE, uuid).then().body("is_active", equalTo(false))
                    .body("disabled_reason", equalTo("Deliveries failed for 24 hours; the last attempt: HTTP 502"));
            as(owner).get(DELIVERIES, uuid).then().body("[0].status", equalTo("failed")).body("[0].attempts", equalTo(3))
                    .body("[0].next_attempt_at", nullValue());
        }
    }

    /** Creates the subscription once the customer's roles and provider have arrived through the topics. */
    private static Map<String, Object> subscribe(TestUser owner, String customer, String url, List<String> types) {
        Map<String, Object> body = body(customer, url, types);
        AtomicReference<Map<String, Object>> created = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = as(owner).body(body).post(HOOKS);
            if (response.statusCode() == 201) {
                created.set(response.jsonPath().getMap("$"));
            }
            return created.get() != null;
        });
        return created.get();
    }

    private static Map<String, Object> body(String customer, String url, List<String> types) {
        Map<String, Object> body = new HashMap<>(Map.of("customer", customer, "url", url, "event_types", types));
        body.put("description", "test hook");
        return body;
    }

    private static void grant(String customer, TestUser user, String role) {
        EventFeed.send("marketplace.role.granted", customer, Map.of("customer_uuid", customer, "user_uuid",
                user.hexId(), "email", user.email(), "full_name", user.fullName(), "role", role));
    }

    private static void awaitDeliveries(TestUser owner, String hook, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> as(owner).get(DELIVERIES, hook).then().statusCode(200)
                .extract().jsonPath().getList("$").size() >= count);
    }

    static String hmac(String secret, String id, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder()
                .encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized TestUser staff() {
        if (staff == null) {
            staff = KEYCLOAK.create("staff", "staff");
        }
        return staff;
    }

    static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user)).contentType(ContentType.JSON);
    }
}
