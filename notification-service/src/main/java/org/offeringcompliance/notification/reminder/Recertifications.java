package org.offeringcompliance.notification.reminder;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.mail.Mail;
import org.offeringcompliance.notification.mail.MailTemplates;
import org.offeringcompliance.notification.mail.MailTemplates.Item;
import org.offeringcompliance.notification.mail.Notifications;
import org.offeringcompliance.notification.messaging.EventData.CompletionData;

/** A completion started a new cycle (it expired, or the provider asked): its user is asked to certify again, once. */
@ApplicationScoped
public class Recertifications {

    @Inject
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    Notifications notifications;

    /** Queued in the consumer's transaction; the sender sends it on its next round. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(CompletionData data) {
        UUID user = Uuids.tryParse(data.userUuid()).orElseThrow();
        UUID offering = Uuids.tryParse(data.offeringUuid()).orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(r.email, ''), COALESCE(r.full_name, ''), "
                + "COALESCE(o.name, ''), o.customer_uuid FROM (SELECT 1) one "
                + "LEFT JOIN recipient r ON r.user_uuid = ?1 LEFT JOIN offering o ON o.offering_uuid = ?2")
                .setParameter(1, user).setParameter(2, offering).getResultList();
        Object[] row = rows.get(0);
        String email = (String) row[0];
        String offeringName = (String) row[2];
        Item item = new Item(offeringName, ReminderMails.dateOf(data.dueAt()),
                templates.checklistLink(data.offeringUserUuid()));
        MailTemplates.Body body = templates.items(ReminderMails.blank((String) row[1]) ? "there" : (String) row[1],
                "Your certification has ended: please review your answers and submit the checklist again.",
                List.of(item), null);
        String key = ReminderRules.RECERTIFICATION + "|" + user + "|" + data.completionUuid() + "|" + data.cycle();
        notifications.record(new Mail(ReminderRules.RECERTIFICATION, key, user, email, List.of(offering),
                row[3] == null ? List.of() : List.of((UUID) row[3]), "Please certify again: the " + offeringName
                        + " compliance checklist",
                body.text(), body.html(),
                ReminderMails.blank(email) ? "no email address" : null));
    }
}
