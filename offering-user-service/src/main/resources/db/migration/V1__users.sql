-- The user directory: one row per Keycloak user seen in a token or resolved through Keycloak's admin API.
CREATE TABLE directory_user (
    uuid      uuid PRIMARY KEY,
    username  varchar(255) NOT NULL,
    full_name varchar(255) NOT NULL DEFAULT '',
    email     varchar(320) NOT NULL DEFAULT '',
    is_staff   boolean NOT NULL DEFAULT false,
    is_support boolean NOT NULL DEFAULT false,
    created   timestamptz NOT NULL DEFAULT now(),
    modified  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_user_username ON directory_user (username);
