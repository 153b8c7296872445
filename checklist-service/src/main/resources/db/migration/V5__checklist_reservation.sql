-- An assignment the marketplace has validated but whose event has not arrived yet: the checklist cannot be deleted
-- meanwhile. Cleared by the offering's event; a reservation whose assignment never committed lapses after a while.
CREATE TABLE checklist_reservation (
    offering_uuid  uuid NOT NULL,
    checklist_uuid uuid NOT NULL,
    reserved_at    timestamptz NOT NULL,
    PRIMARY KEY (checklist_uuid, offering_uuid)
);
CREATE INDEX checklist_reservation_offering ON checklist_reservation (offering_uuid);
