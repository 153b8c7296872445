-- An offering's compliance policy (API.md section 5): deadlines, reminders and re-certification of its checklist.
ALTER TABLE offering
    ADD COLUMN due_days             integer,
    ADD COLUMN reminder_days        integer[] NOT NULL DEFAULT '{7,1,0}',
    ADD COLUMN overdue_every_days   integer DEFAULT 7,
    ADD COLUMN escalate_after       integer,
    ADD COLUMN recertify_every_days integer,
    ADD COLUMN grace_days           integer NOT NULL DEFAULT 14;
