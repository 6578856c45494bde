-- The clinic's reference data syncs with the hub like patients and appointments (decision 0150): each row keeps
-- the hub version it was last synced at, the base version of its next outgoing change.
ALTER TABLE clinic ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE practitioner ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE chair ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE care_type ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE closing_period ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE blockout ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE waitlist_entry ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
