-- The administrator's clinic settings after the first run: the clinic's phone, a resource's own weekly hours (they
-- replace the clinic's for that practitioner, chair or room, and live on the resource's row so they travel with it
-- when resources sync), and the clinic's closing periods (annual closure, works...), refused by booking.

ALTER TABLE clinic ADD COLUMN phone VARCHAR(40);

-- Own hours as "days;opening-closing[;breakStart-breakEnd]" with ISO day numbers, e.g. "7,1,2;08:00-12:00".
-- NULL: the resource follows the clinic's hours.
ALTER TABLE practitioner ADD COLUMN own_hours VARCHAR(200);
ALTER TABLE chair ADD COLUMN own_hours VARCHAR(200);

CREATE TABLE closing_period (
    id          UUID PRIMARY KEY,
    site_id     UUID NOT NULL,
    row_version BIGINT NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    first_day   DATE NOT NULL,
    last_day    DATE NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT closing_period_in_order CHECK (last_day >= first_day)
);
CREATE INDEX closing_period_last_day_idx ON closing_period (last_day);
