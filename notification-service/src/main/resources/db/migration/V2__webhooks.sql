-- Webhooks (API.md section 6): subscriptions of a provider's customer and one delivery per (subscription, event).

-- The completion flags whose changes make compliance.completion.completed, .review_required and .reviewed.
ALTER TABLE completion ADD COLUMN requires_review boolean NOT NULL DEFAULT false;
ALTER TABLE completion ADD COLUMN reviewed_at timestamptz;

CREATE TABLE webhook_subscription (
    id                    bigserial PRIMARY KEY,
    uuid                  uuid NOT NULL UNIQUE,
    customer_uuid         uuid NOT NULL,
    url                   varchar(2000) NOT NULL,
    event_types           text[] NOT NULL,
    description           text NOT NULL DEFAULT '',
    -- whsec_ + base64: kept readable because signing needs it; shown only on creation and rotation.
    secret                varchar(100) NOT NULL,
    -- Deliveries are signed with this one too until previous_secret_until (rotation).
    previous_secret       varchar(100),
    previous_secret_until timestamptz,
    is_active             boolean NOT NULL DEFAULT true,
    disabled_reason       text,
    created               timestamptz NOT NULL,
    modified              timestamptz NOT NULL
);
-- The consumer finds a customer's active subscriptions for each event.
CREATE INDEX webhook_subscription_customer ON webhook_subscription (customer_uuid) WHERE is_active;

CREATE TABLE webhook_delivery (
    id               bigserial PRIMARY KEY,
    uuid             uuid NOT NULL UNIQUE,
    subscription_id  bigint NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    -- The CloudEvent id, sent as webhook-id on every attempt.
    event_id         uuid NOT NULL,
    event_type       varchar(64) NOT NULL,
    -- The exact body sent (text, not jsonb, so every attempt sends and signs the same bytes).
    payload          text NOT NULL,
    -- pending, succeeded, failed
    status           varchar(16) NOT NULL,
    attempts         integer NOT NULL DEFAULT 0,
    last_status_code integer,
    last_error       text,
    next_attempt_at  timestamptz,
    -- Retries stop 24 h after this (webhooks.retry-window).
    first_failed_at  timestamptz,
    created          timestamptz NOT NULL,
    -- A redelivered owner's event (the same event_id) never makes a second delivery.
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, id);
