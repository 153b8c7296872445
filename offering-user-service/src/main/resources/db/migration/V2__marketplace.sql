CREATE TABLE customer (
    id       bigserial PRIMARY KEY,
    uuid     uuid NOT NULL UNIQUE,
    name     varchar(255) NOT NULL,
    created  timestamptz NOT NULL,
    modified timestamptz NOT NULL
);
CREATE INDEX customer_name ON customer (name, id);

-- Customer roles: owner, manager, support.
CREATE TABLE customer_role (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    user_uuid   uuid NOT NULL REFERENCES directory_user (uuid),
    role        varchar(16) NOT NULL,
    created     timestamptz NOT NULL,
    UNIQUE (customer_id, user_uuid, role)
);
CREATE INDEX customer_role_user ON customer_role (user_uuid, customer_id);

CREATE TABLE service_provider (
    id          bigserial PRIMARY KEY,
    uuid        uuid NOT NULL UNIQUE,
    customer_id bigint NOT NULL UNIQUE REFERENCES customer (id) ON DELETE CASCADE,
    created     timestamptz NOT NULL
);

CREATE TABLE offering (
    id                   bigserial PRIMARY KEY,
    uuid                 uuid NOT NULL UNIQUE,
    customer_id          bigint NOT NULL REFERENCES customer (id),
    name                 varchar(255) NOT NULL,
    description          text NOT NULL DEFAULT '',
    compliance_checklist uuid,
    version              bigint NOT NULL DEFAULT 1,
    created              timestamptz NOT NULL,
    modified             timestamptz NOT NULL
);
CREATE INDEX offering_customer_name ON offering (customer_id, name, id);
CREATE INDEX offering_name ON offering (name, id);
CREATE INDEX offering_checklist ON offering (compliance_checklist) WHERE compliance_checklist IS NOT NULL;

CREATE TABLE offering_user (
    id            bigserial PRIMARY KEY,
    uuid          uuid NOT NULL UNIQUE,
    offering_id   bigint NOT NULL REFERENCES offering (id) ON DELETE CASCADE,
    user_uuid     uuid NOT NULL REFERENCES directory_user (uuid),
    username      varchar(255) NOT NULL DEFAULT '',
    state         varchar(32) NOT NULL,
    is_restricted boolean NOT NULL DEFAULT false,
    version       bigint NOT NULL DEFAULT 1,
    created       timestamptz NOT NULL,
    modified      timestamptz NOT NULL,
    UNIQUE (offering_id, user_uuid)
);
CREATE INDEX offering_user_user ON offering_user (user_uuid, id);
CREATE INDEX offering_user_state ON offering_user (state, id);
CREATE INDEX offering_user_created ON offering_user (created, id);
CREATE INDEX offering_user_modified ON offering_user (modified, id);

-- Transactional outbox, relayed to Kafka by OutboxRelay.
CREATE TABLE outbox_event (
    id        bigserial PRIMARY KEY,
    topic     varchar(255) NOT NULL,
    event_key varchar(64) NOT NULL,
    payload   text NOT NULL,
    created   timestamptz NOT NULL DEFAULT now()
);
