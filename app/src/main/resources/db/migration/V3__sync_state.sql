-- Workstation side of the sync: outbox states, the pull cursor, the last hub payload of every synced record (the
-- base of three-way merges), the "À résoudre" list and the hub changes that could not be applied here yet.

-- PENDING: to push; PUSHED: the hub holds it; REJECTED: refused for good (reason in last_error, kept for a
-- retry); STAGED: written to a USB bundle, verdict not back yet; SUPERSEDED: folded into an earlier entry of the
-- same record by a merge (never sent under its own key).
ALTER TABLE outbox ADD COLUMN status VARCHAR(12) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE outbox ADD COLUMN hub_version BIGINT;
UPDATE outbox SET status = 'PUSHED' WHERE pushed_at IS NOT NULL;
CREATE INDEX outbox_status_idx ON outbox (status, seq);
CREATE INDEX outbox_record_idx ON outbox (entity, entity_id, seq);

-- One row per cursor (name 'hub'); written in the same transaction as the rows a pull applied.
CREATE TABLE sync_state (
    name         VARCHAR(40) PRIMARY KEY,
    cursor_token VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE sync_shadow (
    entity      VARCHAR(40) NOT NULL,
    entity_id   UUID NOT NULL,
    hub_version BIGINT NOT NULL,
    payload     CLOB,
    PRIMARY KEY (entity, entity_id)
);

-- "À résoudre": both versions are kept here for ever, whichever one a person chooses.
CREATE TABLE sync_conflict (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL,
    entity          VARCHAR(40) NOT NULL,
    entity_id       UUID NOT NULL,
    other_entity_id UUID,
    field_name      VARCHAR(100),
    local_value     CLOB,
    remote_value    CLOB,
    local_payload   CLOB,
    remote_payload  CLOB,
    pair_key        VARCHAR(200) NOT NULL,
    detected_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status          VARCHAR(12) NOT NULL,
    choice          VARCHAR(12),
    resolved_at     TIMESTAMP(6) WITH TIME ZONE,
    resolved_by     VARCHAR(64)
);
CREATE INDEX sync_conflict_open_idx ON sync_conflict (status, detected_at);
CREATE INDEX sync_conflict_pair_idx ON sync_conflict (pair_key, status);

CREATE TABLE sync_parked (
    idempotency_key UUID PRIMARY KEY,
    entity          VARCHAR(40) NOT NULL,
    entity_id       UUID NOT NULL,
    operation       VARCHAR(10) NOT NULL,
    payload         CLOB,
    hub_version     BIGINT NOT NULL,
    hub_sequence    BIGINT NOT NULL,
    site_id         VARCHAR(64) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    parked_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
