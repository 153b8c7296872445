CREATE TABLE checklist (
    id             bigserial PRIMARY KEY,
    uuid           uuid NOT NULL UNIQUE,
    name           varchar(255) NOT NULL,
    description    text NOT NULL DEFAULT '',
    checklist_type varchar(32) NOT NULL,
    created        timestamptz NOT NULL DEFAULT now(),
    modified       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX checklist_type_name ON checklist (checklist_type, name, id);
