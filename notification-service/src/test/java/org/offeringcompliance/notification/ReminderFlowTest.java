package org.offeringcompliance.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.notification.EventFeed.Provider;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;
import org.offeringcompliance.testing.Mailboxes;
import org.offeringcompliance.testing.Mailboxes.Received;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Reminders, digests, snoozes, escalations and manual reminders, from real events on the real broker, driven through
 * POST /api/notifications/run with `now`, read back over IMAP from the real mail server.
 */
@QuarkusTest
@QuarkusTestResource(value = NotificationTestResource.class, restrictToAnnotatedClass = false)
class ReminderFlowTest {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    static final Instant DUE = LocalDate.now(ZoneOffset.UTC).plusDays(30).atTime(12, 0).toInstant(ZoneOffset.UTC);
    static TestUser staff;

    @Test
    void aDueDateTenDaysOutGivesMailsOnExactlyItsReminderDaysThenOverdueThenAnEscalation() {
        TestUser owner = KEYCLOAK.create("owner");
        TestUser user = KEYCLOAK.create("due");
        Provider provider = Provider.of(owner);
        String offering = provider.offering("VPN", EventFeed.policy(List.of(7, 1, 0), 7, 3));
        EventFeed.openCompletion(user, offering, provider.customer(), DUE);
        awaitKnown(user, DUE.minus(Duration.ofDays(7)));

        List<Integer> mailedOn = new ArrayList<>();
        for (int daysBefore = 10; daysBefore >= 0; daysBefore--) {
            if (!sentTo(run(DUE.minus(Duration.ofDays(daysBefore))), user).isEmpty()) {
                mailedOn.add(daysBefore);
            }
        }
        assertEquals(List.of(7, 1, 0), mailedOn);
        assertTrue(sentTo(run(DUE), user).isEmpty(), "a second pass on the same day sends nothing again");
        List<Received> mails = Mailboxes.of(user.email());
        assertEquals(3, mails.size());
        assertTrue(mails.get(0).subject().startsWith("Reminder: complete the VPN compliance checklist"));
        assertTrue(mails.get(0).text().contains("http://localhost:8080/checklists/"), mails.get(0).text());

        assertEquals(List.of("overdue"), sentTo(run(DUE.plus(Duration.ofDays(1))), user));
        assertTrue(sentTo(run(DUE.plus(Duration.ofDays(2))), user).isEmpty());
        assertEquals(List.of("overdue"), sentTo(run(DUE.plus(Duration.ofDays(8))), user));
        assertTrue(Mailboxes.of(owner.email()).isEmpty(), "no escalation before the third overdue reminder");
        List<Map<String, Object>> third = run(DUE.plus(Duration.ofDays(15)));
        assertEquals(List.of("overdue"), sentTo(third, user));
        assertEquals(List.of("escalation"), sentTo(third, owner));
        List<Received> escalations = Mailboxes.of(owner.email());
        assertEquals(1, escalations.size());
        assertTrue(escalations.get(0).text().contains(user.email()), escalations.get(0).text());
        assertTrue(sentTo(run(DUE.plus(Duration.ofDays(22))), owner).isEmpty(), "one escalation per cycle");

        as(user).get("/api/notifications/").then().statusCode(200).body("kind", hasItem("overdue"))
                .body("recipient_email", not(hasItem(owner.email())));
        as(owner).get("/api/notifications/?kind=escalation").then().statusCode(200)
                .body("[0].recipient_email", equalTo(owner.email())).body("[0].status", equalTo("sent"))
                .body("[0].offering_uuids", equalTo(List.of(offering)));
        as(owner).get("/api/notifications/?user_uuid={u}&kind=reminder", user.hexId()).then()
                .body("size()", equalTo(3));
        as(KEYCLOAK.create("stranger")).get("/api/notifications/?offering_uuid={o}", offering).then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void twoOfferingsDueTheSameDayMakeOneDigest() {
        TestUser user = KEYCLOAK.create("digest");
        Provider provider = Provider.of(KEYCLOAK.create("owner"));
        EventFeed.openCompletion(user, provider.offering("Mail", EventFeed.policy(List.of(7), 7, null)),
                provider.customer(), DUE);
        EventFeed.openCompletion(user, provider.offering("Wiki", EventFeed.policy(List.of(7), 7, null)),
                provider.customer(), DUE.plus(Duration.ofHours(3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> dryRun(DUE.minus(Duration.ofDays(7))).stream()
                .anyMatch(o -> user.hexId().equals(o.get("user_uuid"))
                        && ((List<?>) o.get("offering_uuids")).size() == 2));
        assertEquals(List.of("digest"), sentTo(run(DUE.minus(Duration.ofDays(7))), user));
        List<Received> mails = Mailboxes.of(user.email());
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).text().contains("Mail") && mails.get(0).text().contains("Wiki"));
    }

    @Test
    void aSnoozedUserGetsNoReminderAndTheSkipIsRecorded() {
        TestUser user = KEYCLOAK.create("snoozer");
        Provider provider = Provider.of(KEYCLOAK.create("owner"));
        EventFeed.openCompletion(user, provider.offering("Backup", EventFeed.policy(List.of(7), 7, null)),
                provider.customer(), DUE);
        awaitKnown(user, DUE.minus(Duration.ofDays(7)));
        as(user).body(Map.of("days", 31)).post("/api/notifications/snooze/").then().statusCode(400)
                .body("days[0]", equalTo("Ensure this value is less than or equal to 30."));
        as(user).body(Map.of()).post("/api/notifications/snooze/").then().statusCode(400);
        String until = as(user).body(Map.of("days", 30)).post("/api/notifications/snooze/").then().statusCode(200)
                .extract().path("snoozed_until");
        assertTrue(Instant.parse(until).isAfter(DUE.minus(Duration.ofDays(7))));
        assertTrue(sentTo(run(DUE.minus(Duration.ofDays(7))), user).isEmpty());
        assertTrue(Mailboxes.of(user.email()).isEmpty());
        as(user).get("/api/notifications/?status=skipped").then().body("size()", equalTo(1))
                .body("[0].error", org.hamcrest.Matchers.startsWith("snoozed until"));
    }

    @Test
    void aManualReminderTwiceInADaySendsOnce() {
        TestUser owner = KEYCLOAK.create("owner");
        TestUser user = KEYCLOAK.create("manual");
        Provider provider = Provider.of(owner);
        String offering = provider.offering("Cloud", EventFeed.policy(List.of(7), 7, null));
        EventFeed.openCompletion(user, offering, provider.customer(), DUE);
        awaitKnown(user, DUE.minus(Duration.ofDays(7)));
        String remind = "/api/marketplace-service-providers/{p}/compliance/remind/";
        as(user).body(Map.of("compliance_status", "pending")).post(remind, provider.provider()).then().statusCode(404);
        as(owner).body(Map.of("compliance_status", "late")).post(remind, provider.provider()).then().statusCode(400)
                .body("compliance_status[0]", org.hamcrest.Matchers.containsString("late"));
        as(owner).body(Map.of("compliance_status", "pending", "offering_uuid", EventFeed.hex()))
                .post(remind, provider.provider()).then().statusCode(400);
        Map<String, Object> body = Map.of("compliance_status", "pending", "offering_uuid", offering, "message",
                "Please finish by Friday.");
        as(owner).body(body).post(remind, provider.provider()).then().statusCode(202).body("queued", equalTo(1))
                .body("skipped_recently_reminded", equalTo(0));
        as(owner).body(body).post(remind, provider.provider()).then().statusCode(202).body("queued", equalTo(0))
                .body("skipped_recently_reminded", equalTo(1));
        List<Received> mails = Mailboxes.of(user.email());
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).text().contains("Please finish by Friday."));
        as(owner).body(Map.of("compliance_status", "overdue")).post(remind, provider.provider()).then()
                .statusCode(202).body("queued", equalTo(0));
    }

    @Test
    void onlyStaffRunThePassAndABadMomentIsAFieldError() {
        as(KEYCLOAK.create("nostaff")).body(Map.of()).post("/api/notifications/run/").then().statusCode(403);
        as(staff()).body(Map.of("now", "yesterday")).post("/api/notifications/run/").then().statusCode(400)
                .body("now[0]", org.hamcrest.Matchers.startsWith("Datetime has wrong format"));
        as(staff()).get("/api/notifications/?kind=nonsense").then().statusCode(400);
    }

    private static void awaitKnown(TestUser user, Instant reminderDay) {
        await().atMost(Duration.ofSeconds(30)).until(() -> dryRun(reminderDay).stream()
                .anyMatch(o -> user.hexId().equals(o.get("user_uuid"))));
    }

    private static List<String> sentTo(List<Map<String, Object>> outcomes, TestUser user) {
        return outcomes.stream().filter(o -> user.hexId().equals(o.get("user_uuid"))).map(o -> (String) o.get("kind"))
                .toList();
    }

    private static List<Map<String, Object>> run(Instant now) {
        return as(staff()).body(Map.of("now", now.toString())).post("/api/notifications/run/").then().statusCode(200)
                .extract().path("sent");
    }

    private static List<Map<String, Object>> dryRun(Instant now) {
        return as(staff()).body(Map.of("now", now.toString(), "dry_run", true)).post("/api/notifications/run/").then()
                .statusCode(200).extract().path("would_send");
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
