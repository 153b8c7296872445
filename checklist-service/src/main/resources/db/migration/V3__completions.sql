-- What this service knows of the marketplace, projected from its events (never asked on a request path).
CREATE TABLE offering_user_ref (
    offering_user_uuid uuid PRIMARY KEY,
    offering_uuid      uuid NOT NULL,
    customer_uuid      uuid NOT NULL,
    user_uuid          uuid NOT NULL,
    username           varchar(255) NOT NULL DEFAULT '',
    full_name          varchar(255) NOT NULL DEFAULT '',
    email              varchar(320) NOT NULL DEFAULT '',
    version            bigint NOT NULL,
    -- A tombstone: a late "created" or "updated" after the delete must not bring the offering user back.
    deleted            boolean NOT NULL DEFAULT false
);
CREATE INDEX offering_user_ref_offering ON offering_user_ref (offering_uuid) WHERE NOT deleted;

CREATE TABLE customer_role_ref (
    customer_uuid uuid NOT NULL,
    user_uuid     uuid NOT NULL,
    role          varchar(16) NOT NULL,
    PRIMARY KEY (user_uuid, customer_uuid, role)
);

-- One per (offering user, checklist); the one of the offering's current checklist is "current", others are kept for audit.
CREATE TABLE completion (
    id                    bigserial PRIMARY KEY,
    uuid                  uuid NOT NULL UNIQUE,
    offering_user_uuid    uuid NOT NULL,
    checklist_id          bigint NOT NULL REFERENCES checklist (id) ON DELETE CASCADE,
    is_completed          boolean NOT NULL DEFAULT false,
    completion_percentage numeric(4, 1) NOT NULL DEFAULT 0,
    unanswered_required   integer NOT NULL DEFAULT 0,
    requires_review       boolean NOT NULL DEFAULT false,
    reviewed_by           uuid,
    reviewed_by_name      varchar(255),
    reviewed_at           timestamptz,
    review_notes          text NOT NULL DEFAULT '',
    created               timestamptz NOT NULL,
    modified              timestamptz NOT NULL,
    UNIQUE (offering_user_uuid, checklist_id)
);
CREATE INDEX completion_checklist ON completion (checklist_id, id);

-- An answer is keyed by (completion, question, user who answered).
CREATE TABLE answer (
    id              bigserial PRIMARY KEY,
    uuid            uuid NOT NULL UNIQUE,
    completion_id   bigint NOT NULL REFERENCES completion (id) ON DELETE CASCADE,
    question_id     bigint NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    user_uuid       uuid NOT NULL,
    user_name       varchar(255) NOT NULL DEFAULT '',
    answer_data     jsonb NOT NULL,
    requires_review boolean NOT NULL DEFAULT false,
    created         timestamptz NOT NULL,
    modified        timestamptz NOT NULL,
    UNIQUE (completion_id, question_id, user_uuid)
);
CREATE INDEX answer_question ON answer (question_id);

-- Append-only audit of every accepted write (a deletion has new_value null); kept while the completion exists.
CREATE TABLE answer_history (
    id            bigserial PRIMARY KEY,
    completion_id bigint NOT NULL REFERENCES completion (id) ON DELETE CASCADE,
    question_uuid uuid NOT NULL,
    answer_uuid   uuid NOT NULL,
    user_uuid     uuid NOT NULL,
    old_value     jsonb,
    new_value     jsonb,
    changed_at    timestamptz NOT NULL
);
CREATE INDEX answer_history_completion ON answer_history (completion_id, id);
