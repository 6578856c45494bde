-- Changes waiting to reach the hub. Written in the same local transaction as the business change they describe,
-- so a change is never lost nor sent without having happened. The idempotency key is chosen here, once.
CREATE TABLE outbox (
    seq             BIGINT AUTO_INCREMENT PRIMARY KEY,
    idempotency_key UUID NOT NULL UNIQUE,
    entity          VARCHAR(40) NOT NULL,
    entity_id       UUID NOT NULL,
    operation       VARCHAR(10) NOT NULL,
    payload         CLOB,
    base_version    BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    pushed_at       TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX outbox_pending_idx ON outbox (pushed_at, seq);

-- The hub version each local record was last synced at: the base version of the next outgoing change.
ALTER TABLE patient ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE appointment ADD COLUMN hub_version BIGINT NOT NULL DEFAULT 0;
