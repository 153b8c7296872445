CREATE TABLE checklist (
    id                       bigserial PRIMARY KEY,
    uuid                     uuid NOT NULL UNIQUE,
    name                     varchar(255) NOT NULL,
    description              text NOT NULL DEFAULT '',
    checklist_type           varchar(32) NOT NULL,
    -- Kept by the question service in the same transaction as each question change (under a row lock).
    questions_count          integer NOT NULL DEFAULT 0,
    required_questions_count integer NOT NULL DEFAULT 0,
    -- Bumped on every change of the checklist or of its questions, so consumers can ignore a late, older event.
    version                  bigint NOT NULL DEFAULT 1,
    created                  timestamptz NOT NULL DEFAULT now(),
    modified                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX checklist_type_name ON checklist (checklist_type, name, id);
CREATE INDEX checklist_name ON checklist (name, id);
CREATE INDEX checklist_created ON checklist (created, id);
CREATE INDEX checklist_modified ON checklist (modified, id);
CREATE INDEX checklist_questions_count ON checklist (questions_count, id);
