-- Referrals between NOVA sites (decisions 0200-0202).

-- The hub's other sites, as the last synchronisation listed them: the consultation form offers them as
-- destinations even offline.
CREATE TABLE hub_site (
    site_id      VARCHAR(40) PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    address      VARCHAR(300),
    refreshed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- A referral addressed to another site: written by the sending site (from a consultation), read by the sending
-- site's desks and by the addressee's. Synced columns are exactly what leaves the site (decision 0201).
CREATE TABLE referral (
    id                 UUID PRIMARY KEY,
    site_id            UUID NOT NULL,
    row_version        BIGINT NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    hub_version        BIGINT NOT NULL DEFAULT 0,
    from_site          VARCHAR(40) NOT NULL,
    from_site_name     VARCHAR(200),
    target_site        VARCHAR(40) NOT NULL,
    target_site_name   VARCHAR(200),
    referred_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    practitioner_name  VARCHAR(200),
    urgency            VARCHAR(20) NOT NULL,
    reason             VARCHAR(2000),
    patient_last_name  VARCHAR(100) NOT NULL,
    patient_first_name VARCHAR(100),
    patient_sex        VARCHAR(10),
    patient_birth_date DATE,
    patient_birth_year INTEGER,
    patient_phone      VARCHAR(40),
    diagnosis          VARCHAR(8000),
    temperature_tenths INTEGER,
    pulse_bpm          INTEGER,
    systolic_mmhg      INTEGER,
    diastolic_mmhg     INTEGER,
    weight_tenths_kg   INTEGER,
    cancelled          BOOLEAN NOT NULL DEFAULT FALSE,
    -- Local only, never in a payload: the patient record the addressee created or chose for this referral.
    local_patient_id   UUID
);
CREATE INDEX referral_target_idx ON referral (target_site, referred_at);

-- The addressee's answer (same id as the referral), written by the receiving site and addressed back.
CREATE TABLE referral_status (
    id          UUID PRIMARY KEY,
    site_id     UUID NOT NULL,
    row_version BIGINT NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    hub_version BIGINT NOT NULL DEFAULT 0,
    target_site VARCHAR(40) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    seen_at     TIMESTAMP(6) WITH TIME ZONE,
    received_at TIMESTAMP(6) WITH TIME ZONE,
    handled_at  TIMESTAMP(6) WITH TIME ZONE
);
