package org.offeringcompliance.notification.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mail as recorded: queued, sending, sent, failed (retried) or skipped. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    public static final String QUEUED = "queued";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    public String kind;
    @Column(name = "dedupe_key")
    public String dedupeKey;
    @Column(name = "recipient_email")
    public String recipientEmail;
    @Column(name = "user_uuid")
    public UUID userUuid;
    @Column(name = "offering_uuids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] offeringUuids;
    @Column(name = "customer_uuids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] customerUuids;
    public String subject;
    @Column(name = "body_text")
    public String bodyText;
    @Column(name = "body_html")
    public String bodyHtml;
    public String status;
    public String error;
    public int attempts;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    public Instant created;
    @Column(name = "sent_at")
    public Instant sentAt;
}
