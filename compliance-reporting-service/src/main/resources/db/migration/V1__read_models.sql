-- Read models of the reporting context, built only from the marketplace.* and checklist.* events and shaped for the
-- queries of API.md section 4. Everything lives in the read-model schema (reporting.schema), which a rebuild
-- recreates from the topics and swaps in as a whole (rebuild/ReadModelRebuild), so names here are never qualified.

-- Customers, for customer_provider_name: the name carried by the latest event (by event time) that mentioned one.
CREATE TABLE customer_ref (
    customer_uuid uuid PRIMARY KEY,
    name          varchar(255) NOT NULL,
    name_time     timestamptz NOT NULL
);

-- Service providers: the report endpoints are addressed by provider uuid, offerings belong to its customer.
CREATE TABLE provider_ref (
    provider_uuid uuid PRIMARY KEY,
    customer_uuid uuid NOT NULL UNIQUE
);

-- Customer role grants: scoping of the completions list and permission for the provider reports.
CREATE TABLE customer_role (
    user_uuid     uuid NOT NULL,
    customer_uuid uuid NOT NULL,
    role          varchar(16) NOT NULL,
    PRIMARY KEY (user_uuid, customer_uuid, role)
);

-- Checklists: names and question counts. version 0 is a provisional row taken from a completion event.
CREATE TABLE checklist_ref (
    checklist_uuid  uuid PRIMARY KEY,
    name            varchar(255) NOT NULL,
    description     text NOT NULL DEFAULT '',
    questions_count integer NOT NULL DEFAULT 0,
    version         bigint NOT NULL,
    deleted         boolean NOT NULL DEFAULT false
);

-- One row per offering, with the counters of compliance_overview kept up to date as events arrive.
-- version 0 is a provisional row taken from an offering-user event; deleted is a tombstone.
CREATE TABLE offering_report (
    offering_uuid          uuid PRIMARY KEY,
    customer_uuid          uuid NOT NULL,
    name                   varchar(255) NOT NULL,
    checklist_uuid         uuid,
    total_users            integer NOT NULL DEFAULT 0,
    users_with_completions integer NOT NULL DEFAULT 0,
    completed_users        integer NOT NULL DEFAULT 0,
    version                bigint NOT NULL,
    deleted                boolean NOT NULL DEFAULT false
);
-- compliance_overview: a provider's offerings by name.
CREATE INDEX offering_report_customer_name ON offering_report (customer_uuid, name, offering_uuid) WHERE NOT deleted;
-- checklists_summary: a provider's offerings grouped by checklist.
CREATE INDEX offering_report_customer_checklist ON offering_report (customer_uuid, checklist_uuid)
    WHERE NOT deleted AND checklist_uuid IS NOT NULL;

-- Every completion the checklist service announced: the current one of each offering user and those kept for audit.
CREATE TABLE completion_fact (
    completion_uuid       uuid PRIMARY KEY,
    offering_user_uuid    uuid NOT NULL,
    checklist_uuid        uuid NOT NULL,
    is_completed          boolean NOT NULL,
    completion_percentage numeric(4, 1) NOT NULL,
    unanswered_required   integer NOT NULL,
    requires_review       boolean NOT NULL,
    reviewed_by           uuid,
    reviewed_at           timestamptz,
    review_notes          text NOT NULL DEFAULT '',
    created               timestamptz NOT NULL,
    modified              timestamptz NOT NULL,
    UNIQUE (offering_user_uuid, checklist_uuid)
);
CREATE INDEX completion_fact_checklist ON completion_fact (checklist_uuid);

-- One row per live offering user: the user, its offering, the offering's current checklist and the current completion
-- (all completion columns null when there is none). The completions list and offering_users read only this table.
CREATE TABLE offering_user_report (
    offering_user_uuid    uuid PRIMARY KEY,
    offering_uuid         uuid NOT NULL,
    offering_name         varchar(255) NOT NULL,
    customer_uuid         uuid NOT NULL,
    user_uuid             uuid NOT NULL,
    username              varchar(255) NOT NULL DEFAULT '',
    user_full_name        varchar(255) NOT NULL DEFAULT '',
    user_email            varchar(320) NOT NULL DEFAULT '',
    state                 varchar(64) NOT NULL DEFAULT '',
    is_restricted         boolean NOT NULL DEFAULT false,
    checklist_uuid        uuid,
    completion_uuid       uuid UNIQUE,
    is_completed          boolean,
    completion_percentage numeric(4, 1),
    unanswered_required   integer,
    requires_review       boolean,
    reviewed_by           uuid,
    reviewed_at           timestamptz,
    review_notes          text,
    completion_created    timestamptz,
    completion_modified   timestamptz,
    compliance_status     varchar(16) NOT NULL GENERATED ALWAYS AS (CASE
        WHEN checklist_uuid IS NULL THEN 'no_checklist'
        WHEN completion_uuid IS NOT NULL AND is_completed THEN 'completed'
        ELSE 'pending' END) STORED,
    created               timestamptz NOT NULL,
    modified              timestamptz NOT NULL,
    version               bigint NOT NULL
);
-- offering_users: a provider's users by offering name then user, optionally of one status or one offering.
CREATE INDEX our_customer_order ON offering_user_report (customer_uuid, offering_name, user_full_name, offering_user_uuid);
CREATE INDEX our_customer_status ON offering_user_report (customer_uuid, compliance_status, offering_name, user_full_name);
CREATE INDEX our_offering_order ON offering_user_report (offering_uuid, user_full_name, offering_user_uuid);
-- Completions list: only rows with a current completion; every filter leads an index ordered by the default order,
-- every ordering field has its own.
CREATE INDEX ouc_modified ON offering_user_report (completion_modified, completion_uuid) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_created ON offering_user_report (completion_created, completion_uuid) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_percentage ON offering_user_report (completion_percentage, completion_uuid)
    WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_completed ON offering_user_report (is_completed, completion_modified) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_review ON offering_user_report (requires_review, completion_modified) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_user ON offering_user_report (user_uuid, completion_modified) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_offering ON offering_user_report (offering_uuid, completion_modified) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_customer ON offering_user_report (customer_uuid, completion_modified) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_checklist ON offering_user_report (checklist_uuid, completion_modified) WHERE completion_uuid IS NOT NULL;

-- Tombstones of deleted offering users: the uuid alone, no personal data, so a late event cannot bring one back.
CREATE TABLE deleted_offering_user (
    offering_user_uuid uuid PRIMARY KEY
);

-- Idempotent consumers: the events applied to these read models (ProcessedEvents); rebuilt and swapped with them.
CREATE TABLE processed_event (
    event_id     varchar(255),
    consumer     varchar(100),
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
