-- A site removed from the hub's directory stays in the local copy, marked removed (decision 0216): no longer
-- offered as a destination, but referrals sent to or received from it keep showing its last known name.
ALTER TABLE hub_site ADD COLUMN removed_at TIMESTAMP(6) WITH TIME ZONE;
