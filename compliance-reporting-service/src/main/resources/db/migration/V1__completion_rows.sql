-- Read model: one row per offering user's current completion, built from marketplace and checklist events.
CREATE TABLE completion_row (
    id          bigserial PRIMARY KEY,
    uuid        uuid NOT NULL UNIQUE,
    user_uuid   uuid NOT NULL,
    created     timestamptz NOT NULL,
    modified    timestamptz NOT NULL
);
CREATE INDEX completion_row_user_modified ON completion_row (user_uuid, modified DESC, id);
