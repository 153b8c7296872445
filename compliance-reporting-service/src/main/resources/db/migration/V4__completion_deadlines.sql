-- Deadlines and re-certification of completions (API.md section 5), as the checklist service's events carry them:
-- compliance_state is the owner's (pending, overdue, completed, expiring, expired), never computed here.
ALTER TABLE completion_fact
    ADD COLUMN due_at           timestamptz,
    ADD COLUMN completed_at     timestamptz,
    ADD COLUMN expires_at       timestamptz,
    ADD COLUMN cycle            integer NOT NULL DEFAULT 1,
    ADD COLUMN compliance_state varchar(16) NOT NULL DEFAULT 'pending';
-- The same backfill as the checklist service's: a completion completed before deadlines existed completed at modified.
UPDATE completion_fact SET compliance_state = 'completed', completed_at = modified WHERE is_completed;

-- The current completion's values on its offering user's row (null like the other completion columns without one).
ALTER TABLE offering_user_report
    ADD COLUMN due_at           timestamptz,
    ADD COLUMN completed_at     timestamptz,
    ADD COLUMN expires_at       timestamptz,
    ADD COLUMN cycle            integer,
    ADD COLUMN compliance_state varchar(16);
UPDATE offering_user_report SET cycle = 1,
    compliance_state = CASE WHEN is_completed THEN 'completed' ELSE 'pending' END,
    completed_at = CASE WHEN is_completed THEN completion_modified END
    WHERE completion_uuid IS NOT NULL;

-- compliance_overview's overdue_users, kept by difference like the other counters (no state existed before: all 0).
ALTER TABLE offering_report ADD COLUMN overdue_users integer NOT NULL DEFAULT 0;

-- Completions list: filter on compliance_state (alone, and within a member's customer) in the default order, and
-- order on due_at (also what due_before ranges over).
CREATE INDEX ouc_state ON offering_user_report (compliance_state, completion_modified) WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_customer_state ON offering_user_report (customer_uuid, compliance_state, completion_modified)
    WHERE completion_uuid IS NOT NULL;
CREATE INDEX ouc_due ON offering_user_report (due_at, completion_uuid) WHERE completion_uuid IS NOT NULL;
-- offering_users?compliance_status=overdue: a provider's overdue users in the report's order.
CREATE INDEX our_customer_overdue ON offering_user_report (customer_uuid, offering_name, user_full_name, offering_user_uuid)
    WHERE compliance_state = 'overdue';
