-- One-off blockouts: a chair, a room or a practitioner (or the whole clinic when resource_id is null) unavailable
-- for a time range (training, repair, meeting). Busy time for the slot search and the booking rules.
CREATE TABLE blockout (
    id          UUID PRIMARY KEY,
    site_id     UUID NOT NULL,
    row_version BIGINT NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    resource_id UUID,
    start_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason      VARCHAR(300),
    CONSTRAINT blockout_end_after_start CHECK (end_at > start_at)
);
CREATE INDEX blockout_start_idx ON blockout (start_at);
