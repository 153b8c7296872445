package org.offeringcompliance.notification.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.notification.mail.Notification;
import org.offeringcompliance.notification.reminder.ReminderRules;

/**
 * GET /api/notifications/: staff see all; members of a customer that has a provider see the messages about its
 * offerings; everyone sees their own. Mails still queued or being sent are not listed, nor those of other kinds.
 */
@ApplicationScoped
public class NotificationQueries {

    static final List<String> STATUSES = List.of(Notification.SENT, Notification.FAILED, Notification.SKIPPED);

    @Inject
    EntityManager em;

    public record Filter(String userUuid, String offeringUuid, String kind, String status) {}

    public Pages<Notification> list(Caller caller, Filter filter, PageRequest request) {
        // Only the kinds API.md lists: mails about webhooks are recorded here too, but belong to the webhooks.
        List<String> conditions = new ArrayList<>(List.of("n.status IN ('sent', 'failed', 'skipped')",
                "n.kind IN ('" + String.join("', '", ReminderRules.KINDS) + "')"));
        List<Object> values = new ArrayList<>();
        if (!caller.staff()) {
            values.add(caller.id());
            conditions.add("(n.user_uuid = ?1 OR n.customer_uuids && ARRAY(SELECT cr.customer_uuid FROM customer_role cr "
                    + "JOIN provider p ON p.customer_uuid = cr.customer_uuid WHERE cr.user_uuid = ?1))");
        }
        FieldErrors errors = new FieldErrors();
        UUID user = filter.userUuid() == null ? null : errors.uuid("user_uuid", filter.userUuid());
        UUID offering = filter.offeringUuid() == null ? null : errors.uuid("offering_uuid", filter.offeringUuid());
        if (filter.kind() != null && !ReminderRules.KINDS.contains(filter.kind())) {
            errors.add("kind", "Select a valid choice. " + filter.kind() + " is not one of the available choices.");
        }
        if (filter.status() != null && !STATUSES.contains(filter.status())) {
            errors.add("status", "Select a valid choice. " + filter.status() + " is not one of the available choices.");
        }
        errors.throwIfAny();
        if (user != null) {
            values.add(user);
            conditions.add("n.user_uuid = ?" + values.size());
        }
        if (offering != null) {
            values.add(offering);
            conditions.add("?" + values.size() + " = ANY(n.offering_uuids)");
        }
        if (filter.kind() != null) {
            values.add(filter.kind());
            conditions.add("n.kind = ?" + values.size());
        }
        if (filter.status() != null) {
            values.add(filter.status());
            conditions.add("n.status = ?" + values.size());
        }
        String where = " FROM notification n WHERE " + String.join(" AND ", conditions);
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + where), values).getSingleResult())
                .longValue();
        return Pages.of(request, total, (first, max) -> {
            @SuppressWarnings("unchecked")
            List<Notification> page = bind(em.createNativeQuery("SELECT n.*" + where + " ORDER BY n.id DESC",
                    Notification.class), values).setFirstResult(first).setMaxResults(max).getResultList();
            return page;
        });
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
