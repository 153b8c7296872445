-- The answers export (API.md section 7) is addressed by service provider and is read by whoever may read the
-- provider's reports; the marketplace announces each provider with its customer (marketplace.service_provider.created).
CREATE TABLE service_provider_ref (
    provider_uuid uuid PRIMARY KEY,
    customer_uuid uuid NOT NULL
);

-- The offering's name as its events last said (null until the next one, or reconciliation, tells it).
ALTER TABLE offering_checklist ADD COLUMN name varchar(255);

-- The export: a customer's offerings, then each offering's live users by name, as a cursor walks them.
CREATE INDEX offering_checklist_customer ON offering_checklist (customer_uuid);
CREATE INDEX offering_user_ref_offering_name ON offering_user_ref (offering_uuid, full_name, offering_user_uuid)
    WHERE NOT deleted;
