-- A consultation: one row per visit, with its diagnoses, care acts, prescriptions and referral kept as JSON
-- text in the row (decision 0140): the whole visit syncs as one record, and a clinical field changed on two
-- workstations goes to "À résoudre" as one field. Constants are integers (tenths of °C, tenths of kg) so that
-- they travel exactly through the sync payload.
CREATE TABLE consultation (
    id                  UUID PRIMARY KEY,
    site_id             UUID NOT NULL,
    row_version         BIGINT NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN NOT NULL DEFAULT FALSE,
    hub_version         BIGINT NOT NULL DEFAULT 0,
    patient_id          UUID NOT NULL REFERENCES patient (id),
    -- No foreign key: an appointment or a practitioner may reach this workstation after the consultation.
    appointment_id      UUID,
    practitioner_id     UUID,
    author              VARCHAR(64) NOT NULL,
    seen_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason              VARCHAR(500),
    temperature_tenths  INTEGER,
    pulse_bpm           INTEGER,
    systolic_mmhg       INTEGER,
    diastolic_mmhg      INTEGER,
    weight_tenths_kg    INTEGER,
    notes               VARCHAR(4000),
    diagnosis           VARCHAR(8000),
    treatment           VARCHAR(8000),
    prescription        VARCHAR(8000),
    referral            VARCHAR(2000)
);
CREATE INDEX consultation_patient_idx ON consultation (patient_id, seen_at);
CREATE INDEX consultation_appointment_idx ON consultation (appointment_id);
