package org.offeringcompliance.notification.webhook;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.mail.CustomerOwners;
import org.offeringcompliance.notification.mail.CustomerOwners.Owner;
import org.offeringcompliance.notification.mail.Mail;
import org.offeringcompliance.notification.mail.MailTemplates;
import org.offeringcompliance.notification.mail.Notifications;

/**
 * Turning a subscription off: its pending deliveries fail (they can be redelivered once it is on again), and when
 * delivery turned it off, the customer's owners get a mail.
 */
@ApplicationScoped
public class Deactivations {

    /** Recorded with the other mails but not listed by GET /api/notifications/, whose kinds API.md fixes. */
    public static final String MAIL_KIND = "webhook_disabled";
    private static final Logger LOG = Logger.getLogger(Deactivations.class);

    @Inject
    EntityManager em;

    @Inject
    CustomerOwners owners;

    @Inject
    MailTemplates templates;

    @Inject
    Notifications notifications;

    /** Disables an active subscription with the reason and tells the owners; false when it was off already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean disable(WebhookSubscription subscription, String reason, Instant now) {
        int changed = em.createNativeQuery("UPDATE webhook_subscription SET is_active = false, disabled_reason = ?2, "
                + "modified = ?3 WHERE id = ?1 AND is_active").setParameter(1, subscription.id).setParameter(2, reason)
                .setParameter(3, now).executeUpdate();
        if (changed == 0) {
            return false;
        }
        LOG.infof("webhook %s disabled: %s", subscription.uuid, reason);
        failPending(subscription.id, "Not sent: the webhook was disabled.");
        for (Owner owner : owners.of(subscription.customerUuid)) {
            MailTemplates.Body body = templates.webhookDisabled(owner.fullName().isBlank() ? "there" : owner.fullName(),
                    subscription.url, reason, Uuids.hex(subscription.uuid));
            String key = MAIL_KIND + "|" + owner.userUuid() + "|" + subscription.uuid + "|" + now.toEpochMilli();
            notifications.record(new Mail(MAIL_KIND, key, owner.userUuid(), owner.email(), List.of(),
                    List.of(subscription.customerUuid), "Your compliance webhook was disabled", body.text(),
                    body.html(), owner.email().isBlank() ? "no email address" : null));
        }
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failPending(long subscriptionId, String why) {
        em.createNativeQuery("UPDATE webhook_delivery SET status = 'failed', last_error = ?2, next_attempt_at = NULL "
                + "WHERE subscription_id = ?1 AND status = 'pending'").setParameter(1, subscriptionId)
                .setParameter(2, why).executeUpdate();
    }
}
