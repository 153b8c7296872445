-- Every write of a completion takes its row lock and moves this version; its events carry it, and consumers apply a
-- completion event only when its version is newer than what they hold (never by timestamp).
ALTER TABLE completion ADD COLUMN version bigint NOT NULL DEFAULT 0;
