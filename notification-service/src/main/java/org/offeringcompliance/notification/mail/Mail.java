package org.offeringcompliance.notification.mail;

import java.util.List;
import java.util.UUID;

/**
 * A mail to record and send. {@code dedupeKey} makes it once per (person, day, kind) or narrower; a mail with a
 * {@code skipReason} is recorded as skipped and not sent.
 */
public record Mail(String kind, String dedupeKey, UUID userUuid, String email, List<UUID> offeringUuids,
        List<UUID> customerUuids, String subject, String text, String html, String skipReason) {

    public Mail skipped(String reason) {
        return new Mail(kind, dedupeKey, userUuid, email, offeringUuids, customerUuids, subject, text, html, reason);
    }
}
