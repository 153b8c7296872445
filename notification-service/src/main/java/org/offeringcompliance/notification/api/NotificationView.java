package org.offeringcompliance.notification.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.notification.mail.Notification;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A notification as GET /api/notifications/ lists it (API.md section 5). */
public record NotificationView(String uuid, String kind, @JsonProperty("recipient_email") String recipientEmail,
        @JsonProperty("user_uuid") String userUuid, @JsonProperty("offering_uuids") List<String> offeringUuids,
        String subject, @JsonProperty("sent_at") Instant sentAt, String status, String error) {

    static NotificationView of(Notification n) {
        return new NotificationView(Uuids.hex(n.uuid), n.kind, n.recipientEmail, Uuids.hex(n.userUuid),
                Arrays.stream(n.offeringUuids).map(Uuids::hex).toList(), n.subject, n.sentAt, n.status, n.error);
    }
}
