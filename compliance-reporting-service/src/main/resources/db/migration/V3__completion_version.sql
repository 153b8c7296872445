-- The version of the completion event a fact was taken from: a fact only moves to a higher version.
ALTER TABLE completion_fact ADD COLUMN version bigint NOT NULL DEFAULT 0;
