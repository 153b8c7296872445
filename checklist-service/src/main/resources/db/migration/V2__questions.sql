CREATE TABLE question (
    id                        bigserial PRIMARY KEY,
    uuid                      uuid NOT NULL UNIQUE,
    checklist_id              bigint NOT NULL REFERENCES checklist (id) ON DELETE CASCADE,
    description               text NOT NULL,
    question_type             varchar(20) NOT NULL,
    required                  boolean NOT NULL DEFAULT false,
    sort_order                integer NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
    user_guidance             text NOT NULL DEFAULT '',
    min_value                 numeric(20, 4),
    max_value                 numeric(20, 4),
    always_requires_review    boolean NOT NULL DEFAULT false,
    -- Review trigger: both set or both null.
    review_answer_value       jsonb,
    operator                  varchar(16),
    dependency_logic_operator varchar(3) NOT NULL DEFAULT 'and',
    version                   bigint NOT NULL DEFAULT 1,
    created                   timestamptz NOT NULL,
    modified                  timestamptz NOT NULL,
    CHECK ((review_answer_value IS NULL) = (operator IS NULL)),
    CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);
CREATE INDEX question_checklist_order ON question (checklist_id, sort_order, id);
CREATE INDEX question_order ON question (sort_order, id);
CREATE INDEX question_created ON question (created, id);
CREATE INDEX question_modified ON question (modified, id);

CREATE TABLE question_option (
    id          bigserial PRIMARY KEY,
    uuid        uuid NOT NULL UNIQUE,
    question_id bigint NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    label       varchar(255) NOT NULL,
    sort_order  integer NOT NULL DEFAULT 0 CHECK (sort_order >= 0)
);
CREATE INDEX question_option_question_order ON question_option (question_id, sort_order, id);
CREATE INDEX question_option_order ON question_option (sort_order, id);

-- Both questions belong to checklist_id (denormalised for the checklist filter and the cycle check).
CREATE TABLE question_dependency (
    id                     bigserial PRIMARY KEY,
    uuid                   uuid NOT NULL UNIQUE,
    checklist_id           bigint NOT NULL REFERENCES checklist (id) ON DELETE CASCADE,
    question_id            bigint NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    depends_on_question_id bigint NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    required_answer_value  jsonb NOT NULL,
    operator               varchar(16) NOT NULL,
    created                timestamptz NOT NULL,
    modified               timestamptz NOT NULL,
    CHECK (question_id <> depends_on_question_id)
);
CREATE INDEX question_dependency_checklist ON question_dependency (checklist_id, created, id);
CREATE INDEX question_dependency_question ON question_dependency (question_id, created, id);
CREATE INDEX question_dependency_depends_on ON question_dependency (depends_on_question_id, created, id);
CREATE INDEX question_dependency_created ON question_dependency (created, id);
CREATE INDEX question_dependency_modified ON question_dependency (modified, id);

-- Which checklist each offering uses, projected from marketplace offering events (version: the event's offering version).
CREATE TABLE offering_checklist (
    offering_uuid  uuid PRIMARY KEY,
    checklist_uuid uuid,
    version        bigint
);
CREATE INDEX offering_checklist_checklist ON offering_checklist (checklist_uuid) WHERE checklist_uuid IS NOT NULL;

-- Transactional outbox, relayed to Kafka by OutboxRelay.
CREATE TABLE outbox_event (
    id        bigserial PRIMARY KEY,
    topic     varchar(255) NOT NULL,
    event_key varchar(64) NOT NULL,
    payload   text NOT NULL,
    created   timestamptz NOT NULL DEFAULT now()
);

-- Idempotent consumers: the events each consumer has applied (ProcessedEvents).
CREATE TABLE processed_event (
    event_id     varchar(64),
    consumer     varchar(100),
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
