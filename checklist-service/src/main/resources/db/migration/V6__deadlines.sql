-- Deadlines and re-certification (API.md section 5, RULES.md "Deadlines, reminders, re-certification").

-- What the offering's events say of its customer, its checklist assignment time and its compliance policy.
ALTER TABLE offering_checklist
    ADD COLUMN customer_uuid        uuid,
    ADD COLUMN assigned_at          timestamptz,
    ADD COLUMN due_days             integer,
    ADD COLUMN recertify_every_days integer,
    ADD COLUMN grace_days           integer NOT NULL DEFAULT 14;

-- When the marketplace created the offering user: a due date counts from the later of this and the assignment.
ALTER TABLE offering_user_ref ADD COLUMN created timestamptz;

ALTER TABLE completion
    ADD COLUMN due_at           timestamptz,
    ADD COLUMN completed_at     timestamptz,
    ADD COLUMN expires_at       timestamptz,
    ADD COLUMN cycle            integer NOT NULL DEFAULT 1,
    -- pending, overdue, completed, expiring, expired: moved by writes and by the scheduled deadline pass, never on read
    ADD COLUMN compliance_state varchar(16) NOT NULL DEFAULT 'pending',
    -- A new cycle keeps the answers as a starting point: it is completed only once the user submits again.
    ADD COLUMN awaiting_submit  boolean NOT NULL DEFAULT false,
    -- The cycle began because the previous one expired (its open state is "expired" rather than "pending").
    ADD COLUMN opened_by_expiry boolean NOT NULL DEFAULT false;
UPDATE completion SET compliance_state = 'completed', completed_at = modified WHERE is_completed;

-- What the deadline pass looks for: open completions with a due date, completed ones that expire.
CREATE INDEX completion_open_due ON completion (due_at) WHERE NOT is_completed AND due_at IS NOT NULL;
CREATE INDEX completion_expiry ON completion (expires_at) WHERE is_completed AND expires_at IS NOT NULL;

-- Earlier cycles of a completion, with the answers as they stood when the cycle ended.
CREATE TABLE completion_cycle (
    id                    bigserial PRIMARY KEY,
    completion_id         bigint NOT NULL REFERENCES completion (id) ON DELETE CASCADE,
    cycle                 integer NOT NULL,
    completed_at          timestamptz,
    expired_at            timestamptz NOT NULL,
    completion_percentage numeric(4, 1) NOT NULL,
    answers               jsonb NOT NULL,
    UNIQUE (completion_id, cycle)
);
