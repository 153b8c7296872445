package org.offeringcompliance.notification.mail;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends queued mails and retries failed ones over SMTP. A mail is marked "sending" in its own transaction before it
 * goes out, so two instances never send the same one; a failure is recorded and retried up to max-attempts times.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 50;
    private static final String SKIP_LOCKED = "jakarta.persistence.lock.timeout";

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "notifications.max-attempts")
    int maxAttempts;

    @Scheduled(every = "{notifications.retry-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        sendPending();
    }

    /** Sends every queued mail and every failed one with attempts left; returns how many went out. */
    public int sendPending() {
        int sent = 0;
        List<Notification> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::claim);
            for (Notification n : batch) {
                sent += send(n) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private List<Notification> claim() {
        // A failed mail waits at least a minute before it is tried again.
        List<Notification> batch = Notification.<Notification>find("status = ?1 or (status = ?2 and attempts < ?3 "
                + "and lastAttemptAt < ?4) order by id", Notification.QUEUED, Notification.FAILED, maxAttempts,
                Instant.now().minusSeconds(60)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SKIP_LOCKED, LockOptions.SKIP_LOCKED).page(0, BATCH).list();
        batch.forEach(n -> {
            n.status = Notification.SENDING;
            n.attempts++;
            n.lastAttemptAt = Instant.now();
        });
        return batch;
    }

    private boolean send(Notification n) {
        String error = null;
        try {
            mailer.send(io.quarkus.mailer.Mail.withText(n.recipientEmail, n.subject, n.bodyText).setHtml(n.bodyHtml));
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("mail %s to %s failed (attempt %d): %s", n.uuid, n.recipientEmail, n.attempts, error);
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            Notification stored = Notification.findById(n.id);
            stored.status = failure == null ? Notification.SENT : Notification.FAILED;
            stored.error = failure;
            stored.sentAt = failure == null ? Instant.now() : null;
        });
        return failure == null;
    }
}
