-- NOVA hub schema: a change ledger in hub order, current state per entity, one login role per site, and
-- row-level security forced on every table a site touches. See docs/decisions 0040-0043.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nova_site') THEN
        -- Group role: grants go here, each site's login role is a member of it.
        CREATE ROLE nova_site NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA nova_hub TO nova_site;

-- Which login role speaks for which site. Only the hub admin writes it, so a site cannot claim another
-- site's identity: every policy derives the site from current_user through this table.
CREATE TABLE nova_hub.site (
    site_id    text PRIMARY KEY CHECK (site_id ~ '^[A-Za-z0-9_-]{1,40}$'),
    role_name  name NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Entities the hub accepts; a new entity is a new row here plus a partition of entity_state.
CREATE TABLE nova_hub.entity_kind (
    entity      text PRIMARY KEY,
    addressable boolean NOT NULL DEFAULT false  -- may be addressed to another site (referrals)
);
INSERT INTO nova_hub.entity_kind (entity, addressable) VALUES
    ('patient', false), ('appointment', false), ('referral', true), ('consultation', false);

-- No foreign keys on the two hot tables: every write goes through push_changes, which checks entity and target,
-- and row-level security pins site_id to the writer's own, mapped site. Foreign-key triggers would cost three
-- extra lookups per change (decision 0041).

-- The ledger. seq gives a total order; txid records the writing transaction so that pulls can serve only rows
-- whose transaction is finished (decision 0040): sequence order is not commit order.
CREATE TABLE nova_hub.change_ledger (
    seq                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid               xid8 NOT NULL DEFAULT pg_current_xact_id(),
    entity             text NOT NULL,
    entity_id          uuid NOT NULL,
    operation          text NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    payload            jsonb,
    version            bigint NOT NULL CHECK (version > 0),
    idempotency_key    uuid NOT NULL UNIQUE,
    site_id            text NOT NULL,
    target_site_id     text,
    origin_workstation text,
    -- Informational only: ordering never uses clocks.
    recorded_at        timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX change_ledger_pull_order ON nova_hub.change_ledger (txid, seq);
CREATE INDEX change_ledger_target ON nova_hub.change_ledger (target_site_id, txid, seq) WHERE target_site_id IS NOT NULL;

-- Current state per record, one partition (a real table) per entity for district reporting.
CREATE TABLE nova_hub.entity_state (
    entity         text NOT NULL,
    id             uuid NOT NULL,
    site_id        text NOT NULL,
    target_site_id text,
    payload        jsonb,
    version        bigint NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    last_seq       bigint NOT NULL,
    PRIMARY KEY (entity, id)
) PARTITION BY LIST (entity);
CREATE TABLE nova_hub.patient PARTITION OF nova_hub.entity_state FOR VALUES IN ('patient');
CREATE TABLE nova_hub.appointment PARTITION OF nova_hub.entity_state FOR VALUES IN ('appointment');
CREATE TABLE nova_hub.referral PARTITION OF nova_hub.entity_state FOR VALUES IN ('referral');
CREATE TABLE nova_hub.consultation PARTITION OF nova_hub.entity_state FOR VALUES IN ('consultation');

-- Row-level security, forced so that even the tables' owner goes through the policies (the admin installing
-- the hub should be a superuser or hold BYPASSRLS to report across sites).
ALTER TABLE nova_hub.site ENABLE ROW LEVEL SECURITY;
ALTER TABLE nova_hub.site FORCE ROW LEVEL SECURITY;
CREATE POLICY site_own ON nova_hub.site FOR SELECT TO nova_site USING (role_name = current_user);

ALTER TABLE nova_hub.change_ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE nova_hub.change_ledger FORCE ROW LEVEL SECURITY;
CREATE POLICY ledger_read ON nova_hub.change_ledger FOR SELECT TO nova_site
    USING (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user)
        OR target_site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user));
CREATE POLICY ledger_write ON nova_hub.change_ledger FOR INSERT TO nova_site
    WITH CHECK (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['entity_state', 'patient', 'appointment', 'referral', 'consultation'] LOOP
        EXECUTE format('ALTER TABLE nova_hub.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE nova_hub.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY state_read ON nova_hub.%I FOR SELECT TO nova_site
            USING (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user)
                OR target_site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user))$p$, t);
        EXECUTE format($p$CREATE POLICY state_insert ON nova_hub.%I FOR INSERT TO nova_site
            WITH CHECK (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user))$p$, t);
        EXECUTE format($p$CREATE POLICY state_update ON nova_hub.%I FOR UPDATE TO nova_site
            USING (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user))
            WITH CHECK (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user))$p$, t);
    END LOOP;
END
$$;

-- UUIDs travel as 22 base64url characters instead of 36 (2G links); the canonical form is accepted as well.
CREATE FUNCTION nova_hub.wire_uuid(t text) RETURNS uuid
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT CASE WHEN length(t) = 22
                      THEN encode(decode(translate(t, '-_', '+/') || '==', 'base64'), 'hex')::uuid
                      ELSE t::uuid END $$;
CREATE FUNCTION nova_hub.wire_text(u uuid) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT rtrim(translate(encode(uuid_send(u), 'base64'), '+/', '-_'), '=') $$;

-- Existence checks a site needs for clear verdicts, answered without revealing any content.
CREATE FUNCTION nova_hub.site_exists(candidate text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM nova_hub.site WHERE site_id = candidate) $$;
CREATE FUNCTION nova_hub.record_exists(kind text, record_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM nova_hub.entity_state WHERE entity = kind AND id = record_id) $$;
REVOKE ALL ON FUNCTION nova_hub.site_exists(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION nova_hub.record_exists(text, uuid) FROM PUBLIC;

GRANT SELECT ON nova_hub.site TO nova_site;
GRANT SELECT ON nova_hub.entity_kind TO nova_site;
GRANT SELECT, INSERT ON nova_hub.change_ledger TO nova_site;
GRANT SELECT, INSERT, UPDATE ON nova_hub.entity_state TO nova_site;
GRANT EXECUTE ON FUNCTION nova_hub.site_exists(text) TO nova_site;
GRANT EXECUTE ON FUNCTION nova_hub.record_exists(text, uuid) TO nova_site;
