-- What this service knows, projected from the marketplace's and the checklist service's events.
CREATE TABLE recipient (
    user_uuid     uuid PRIMARY KEY,
    email         varchar(320) NOT NULL DEFAULT '',
    full_name     varchar(255) NOT NULL DEFAULT '',
    -- Reminders to this person pause until then (escalations do not).
    snoozed_until timestamptz
);

CREATE TABLE provider (
    provider_uuid uuid PRIMARY KEY,
    customer_uuid uuid NOT NULL
);
CREATE INDEX provider_customer ON provider (customer_uuid);

CREATE TABLE customer_role (
    customer_uuid uuid NOT NULL,
    user_uuid     uuid NOT NULL,
    role          varchar(16) NOT NULL,
    PRIMARY KEY (customer_uuid, user_uuid, role)
);
CREATE INDEX customer_role_user ON customer_role (user_uuid);

-- An offering and the reminder part of its compliance policy.
CREATE TABLE offering (
    offering_uuid      uuid PRIMARY KEY,
    customer_uuid      uuid,
    name               varchar(255) NOT NULL DEFAULT '',
    reminder_days      integer[] NOT NULL DEFAULT '{7,1,0}',
    overdue_every_days integer DEFAULT 7,
    escalate_after     integer,
    version            bigint NOT NULL,
    deleted            boolean NOT NULL DEFAULT false
);
CREATE INDEX offering_customer ON offering (customer_uuid);

CREATE TABLE completion (
    completion_uuid    uuid PRIMARY KEY,
    offering_user_uuid uuid NOT NULL,
    offering_uuid      uuid NOT NULL,
    user_uuid          uuid NOT NULL,
    is_completed       boolean NOT NULL,
    due_at             timestamptz,
    compliance_state   varchar(16) NOT NULL,
    cycle              integer NOT NULL,
    version            bigint NOT NULL,
    deleted            boolean NOT NULL DEFAULT false,
    -- The cycle whose overdue users the customer's owners were told about (0: none yet).
    escalated_cycle    integer NOT NULL DEFAULT 0
);
-- The daily pass reads open completions with a due date, a person at a time.
CREATE INDEX completion_open_due ON completion (user_uuid, due_at) WHERE NOT is_completed AND NOT deleted
    AND due_at IS NOT NULL;
CREATE INDEX completion_offering ON completion (offering_uuid);

-- Every mail, sent, failed or skipped. The unique key makes one (person, day, kind) one mail, across restarts and
-- instances: a pass that finds its key taken does not send again.
CREATE TABLE notification (
    id              bigserial PRIMARY KEY,
    uuid            uuid NOT NULL UNIQUE,
    kind            varchar(16) NOT NULL,
    dedupe_key      varchar(200) NOT NULL UNIQUE,
    recipient_email varchar(320) NOT NULL,
    user_uuid       uuid NOT NULL,
    offering_uuids  uuid[] NOT NULL,
    customer_uuids  uuid[] NOT NULL,
    subject         varchar(500) NOT NULL,
    body_text       text NOT NULL,
    body_html       text NOT NULL,
    -- queued, sending, sent, failed, skipped; the API shows the last three
    status          varchar(16) NOT NULL,
    error           text,
    attempts        integer NOT NULL DEFAULT 0,
    last_attempt_at timestamptz,
    created         timestamptz NOT NULL,
    sent_at         timestamptz
);
CREATE INDEX notification_user ON notification (user_uuid, id);
CREATE INDEX notification_retry ON notification (status, id) WHERE status IN ('queued', 'failed');
CREATE INDEX notification_offerings ON notification USING gin (offering_uuids);
CREATE INDEX notification_customers ON notification USING gin (customer_uuids);

-- Idempotent consumers (ProcessedEvents): role grants and revocations carry no version.
CREATE TABLE processed_event (
    event_id     varchar(255),
    consumer     varchar(100),
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
