package org.offeringcompliance.notification.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Records mails; the unique key decides, across instances and restarts, that a mail is made once. */
@ApplicationScoped
public class Notifications {

    @Inject
    EntityManager em;

    /** True when the mail is new (queued, or recorded as skipped); false when its key was taken already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(Mail mail) {
        boolean skipped = mail.skipReason() != null;
        return em.createNativeQuery("INSERT INTO notification (uuid, kind, dedupe_key, recipient_email, user_uuid, "
                + "offering_uuids, customer_uuids, subject, body_text, body_html, status, error, created) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (dedupe_key) DO NOTHING")
                .setParameter(1, UUID.randomUUID()).setParameter(2, mail.kind()).setParameter(3, mail.dedupeKey())
                .setParameter(4, mail.email() == null ? "" : mail.email()).setParameter(5, mail.userUuid())
                .setParameter(6, mail.offeringUuids().toArray(UUID[]::new))
                .setParameter(7, mail.customerUuids().toArray(UUID[]::new)).setParameter(8, mail.subject())
                .setParameter(9, mail.text()).setParameter(10, mail.html())
                .setParameter(11, skipped ? Notification.SKIPPED : Notification.QUEUED)
                .setParameter(12, mail.skipReason()).setParameter(13, Instant.now()).executeUpdate() == 1;
    }

    /** Whether a mail with this key exists (a dry run previews without recording). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(String dedupeKey) {
        return Notification.count("dedupeKey", dedupeKey) > 0;
    }
}
