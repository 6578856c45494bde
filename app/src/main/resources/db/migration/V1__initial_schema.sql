-- NOVA workstation store, first schema. Every synced table carries id (UUIDv7 made on the workstation), site_id,
-- row_version, created_at/updated_at (UTC instants) and a deletion flag.

CREATE TABLE clinic (
    id                    UUID PRIMARY KEY,
    site_id               UUID NOT NULL,
    row_version           BIGINT NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted               BOOLEAN NOT NULL DEFAULT FALSE,
    name                  VARCHAR(200) NOT NULL,
    address               VARCHAR(300) NOT NULL,
    zone_id               VARCHAR(64) NOT NULL,
    calling_code          INTEGER NOT NULL,
    working_days          VARCHAR(100) NOT NULL,
    opening_time          TIME NOT NULL,
    closing_time          TIME NOT NULL,
    break_start           TIME,
    break_end             TIME,
    kind                  VARCHAR(30) NOT NULL,
    double_booking_policy VARCHAR(20) NOT NULL
);

CREATE TABLE user_account (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL,
    row_version  BIGINT NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT FALSE,
    username     VARCHAR(64) NOT NULL UNIQUE,
    display_name VARCHAR(200) NOT NULL,
    role         VARCHAR(20) NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE practitioner (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL,
    row_version  BIGINT NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT FALSE,
    display_name VARCHAR(200) NOT NULL,
    speciality   VARCHAR(200),
    position     INTEGER NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE chair (
    id          UUID PRIMARY KEY,
    site_id     UUID NOT NULL,
    row_version BIGINT NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    name        VARCHAR(100) NOT NULL,
    position    INTEGER NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE care_type (
    id               UUID PRIMARY KEY,
    site_id          UUID NOT NULL,
    row_version      BIGINT NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted          BOOLEAN NOT NULL DEFAULT FALSE,
    code             VARCHAR(40) NOT NULL UNIQUE,
    label            VARCHAR(100) NOT NULL,
    duration_minutes INTEGER NOT NULL,
    color_hex        VARCHAR(7) NOT NULL,
    position         INTEGER NOT NULL,
    active           BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE patient (
    id          UUID PRIMARY KEY,
    site_id     UUID NOT NULL,
    row_version BIGINT NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    last_name   VARCHAR(100) NOT NULL,
    first_name  VARCHAR(100),
    sex         VARCHAR(10) NOT NULL,
    birth_year  INTEGER,
    birth_date  DATE,
    phone_e164  VARCHAR(16),
    village     VARCHAR(200),
    email       VARCHAR(200)
);
CREATE INDEX patient_phone_idx ON patient (phone_e164);

CREATE TABLE appointment (
    id              UUID PRIMARY KEY,
    site_id         UUID NOT NULL,
    row_version     BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    patient_id      UUID NOT NULL REFERENCES patient (id),
    practitioner_id UUID NOT NULL REFERENCES practitioner (id),
    chair_id        UUID NOT NULL REFERENCES chair (id),
    care_type_code  VARCHAR(40) NOT NULL,
    start_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    source          VARCHAR(20) NOT NULL,
    notes           VARCHAR(2000),
    cancel_reason   VARCHAR(500),
    CONSTRAINT appointment_end_after_start CHECK (end_at > start_at)
);
CREATE INDEX appointment_start_idx ON appointment (start_at);
CREATE INDEX appointment_patient_idx ON appointment (patient_id);

-- Who changed an appointment, when, and how: kept forever, shown on the appointment card.
CREATE TABLE appointment_history (
    id             UUID PRIMARY KEY,
    appointment_id UUID NOT NULL REFERENCES appointment (id),
    at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    username       VARCHAR(64) NOT NULL,
    change_kind    VARCHAR(30) NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20),
    details        VARCHAR(1000)
);
CREATE INDEX appointment_history_appointment_idx ON appointment_history (appointment_id);

-- Security audit: who did what to which record. Details never hold patient names or phone numbers.
CREATE TABLE audit_event (
    id        UUID PRIMARY KEY,
    at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    username  VARCHAR(64) NOT NULL,
    action    VARCHAR(50) NOT NULL,
    entity    VARCHAR(50),
    entity_id UUID,
    details   VARCHAR(1000)
);
CREATE INDEX audit_event_at_idx ON audit_event (at);

-- Settings that are neither clinic profile nor user (e.g. the encrypted assistant key, hub URL).
CREATE TABLE setting (
    setting_name  VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000)
);
