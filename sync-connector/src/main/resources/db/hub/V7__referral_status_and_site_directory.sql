-- Referrals between sites (decision 0200). A referral is a `referral` record owned by the sending site and
-- addressed to the receiving one (V1). The receiving site cannot write the sender's row (row-level security
-- pins every write to the writer's own site), so its answer travels as a record of its own: `referral_status`,
-- same id as the referral, owned by the receiving site and addressed back to the sender.

INSERT INTO nova_hub.entity_kind (entity, addressable) VALUES ('referral_status', true)
ON CONFLICT (entity) DO NOTHING;

CREATE TABLE nova_hub.referral_status PARTITION OF nova_hub.entity_state FOR VALUES IN ('referral_status');

ALTER TABLE nova_hub.referral_status ENABLE ROW LEVEL SECURITY;
ALTER TABLE nova_hub.referral_status FORCE ROW LEVEL SECURITY;
CREATE POLICY state_read ON nova_hub.referral_status FOR SELECT TO nova_site
    USING (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user)
        OR target_site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user));
CREATE POLICY state_insert ON nova_hub.referral_status FOR INSERT TO nova_site
    WITH CHECK (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user));
CREATE POLICY state_update ON nova_hub.referral_status FOR UPDATE TO nova_site
    USING (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user))
    WITH CHECK (site_id = (SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user));

-- A name the hub admin may give a site for the referral list (« CSRéf de Kati »); when it is null the directory
-- shows the name of the clinic profile the site published.
ALTER TABLE nova_hub.site ADD COLUMN IF NOT EXISTS display_name text;

-- The sites a site may address a referral to: every other site, with a name a clinician recognises and the
-- address of its published clinic profile. Nothing else of another site is readable: a SECURITY DEFINER
-- function answering three columns, not a grant on the tables (`site` shows a site only its own row).
CREATE FUNCTION nova_hub.site_directory()
    RETURNS TABLE (site_id text, name text, address text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.site_id,
           coalesce(nullif(btrim(s.display_name), ''), c.payload->>'name', s.site_id),
           c.payload->>'address'
      FROM nova_hub.site s
      LEFT JOIN LATERAL (SELECT st.payload FROM nova_hub.entity_state st
                          WHERE st.entity = 'clinic' AND st.site_id = s.site_id AND NOT st.deleted
                          ORDER BY st.last_seq DESC LIMIT 1) c ON true
     -- Inside a SECURITY DEFINER function current_user is the owner: the caller is the session's login role.
     WHERE s.role_name IS DISTINCT FROM session_user
     ORDER BY 2, 1
$$;
REVOKE ALL ON FUNCTION nova_hub.site_directory() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nova_hub.site_directory() TO nova_site;
