package org.offeringcompliance.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.notification.mail.Mail;
import org.offeringcompliance.notification.mail.MailSender;
import org.offeringcompliance.notification.mail.Notification;
import org.offeringcompliance.notification.mail.Notifications;
import org.offeringcompliance.testing.Mailboxes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Against the real mail server: a mail is made once per key, sent once, and a failed send is recorded and retried. */
@QuarkusTest
@QuarkusTestResource(value = NotificationTestResource.class, restrictToAnnotatedClass = false)
class MailSenderTest {

    @Inject
    Notifications notifications;

    @Inject
    MailSender sender;

    @Test
    void aKeyMakesOneMailAndItIsSentOnce() {
        String address = "once-" + UUID.randomUUID() + "@example.org";
        Mail mail = mail(address);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> notifications.record(mail)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> notifications.record(mail)), "the key is taken");
        sender.sendPending();
        sender.sendPending();
        assertEquals(1, Mailboxes.of(address).size());
        Notification sent = stored(mail);
        assertEquals(Notification.SENT, sent.status);
        assertNotNull(sent.sentAt);
    }

    @Test
    void aFailedSendIsRecordedAndRetriedAfterAPause() {
        Mail mail = mail("not an address");
        QuarkusTransaction.requiringNew().run(() -> notifications.record(mail));
        sender.sendPending();
        Notification failed = stored(mail);
        assertEquals(Notification.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertNotNull(failed.error);
        sender.sendPending();
        assertEquals(1, stored(mail).attempts, "not again at once");
        QuarkusTransaction.requiringNew().run(() -> Notification.getEntityManager().createNativeQuery("UPDATE "
                + "notification SET last_attempt_at = last_attempt_at - interval '2 minutes' WHERE dedupe_key = ?1")
                .setParameter(1, mail.dedupeKey()).executeUpdate());
        sender.sendPending();
        assertEquals(2, stored(mail).attempts, "retried after the pause");
    }

    private static Notification stored(Mail mail) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("dedupeKey",
                mail.dedupeKey()).firstResult());
    }

    private static Mail mail(String address) {
        return new Mail("manual", "test|" + UUID.randomUUID(), UUID.randomUUID(), address, List.of(), List.of(),
                "Test mail", "text", "<p>html</p>", null);
    }
}
