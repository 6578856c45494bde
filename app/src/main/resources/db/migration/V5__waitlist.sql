-- Patients who want an earlier slot. When an appointment is cancelled or moved, the freed slot is offered to the
-- entries it suits (see WaitlistMatcher). Wishes are kept as text: preferred_days "MONDAY,TUESDAY" (empty = any),
-- day_part "08:00-12:00" (null = any part of the day).
CREATE TABLE waitlist_entry (
    id              UUID PRIMARY KEY,
    site_id         UUID NOT NULL,
    row_version     BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    patient_id      UUID NOT NULL REFERENCES patient (id),
    care_type_code  VARCHAR(60) NOT NULL,
    practitioner_id UUID,
    preferred_days  VARCHAR(100),
    day_part        VARCHAR(20),
    earliest_date   DATE,
    latest_date     DATE,
    note            VARCHAR(500),
    status          VARCHAR(20) NOT NULL,
    appointment_id  UUID,
    CONSTRAINT waitlist_status_known CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'REMOVED'))
);
CREATE INDEX waitlist_entry_status_idx ON waitlist_entry (status);
