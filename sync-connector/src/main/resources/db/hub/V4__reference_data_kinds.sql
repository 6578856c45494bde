-- A clinic's reference data syncs between the desks of its site (decision 0150): the clinic profile,
-- practitioners, chairs or rooms, care types, closing periods, one-off blockouts and waitlist entries. Each is a hub entity kind
-- like patient and appointment: a row in entity_kind, a partition of entity_state, the same per-site row-level
-- security. None is addressable to another site.

INSERT INTO nova_hub.entity_kind (entity, addressable) VALUES
    ('clinic', false), ('practitioner', false), ('chair', false), ('care_type', false), ('closing_period', false),
    ('blockout', false), ('waitlist_entry', false)
ON CONFLICT (entity) DO NOTHING;

CREATE TABLE nova_hub.clinic PARTITION OF nova_hub.entity_state FOR VALUES IN ('clinic');
CREATE TABLE nova_hub.practitioner PARTITION OF nova_hub.entity_state FOR VALUES IN ('practitioner');
CREATE TABLE nova_hub.chair PARTITION OF nova_hub.entity_state FOR VALUES IN ('chair');
CREATE TABLE nova_hub.care_type PARTITION OF nova_hub.entity_state FOR VALUES IN ('care_type');
CREATE TABLE nova_hub.closing_period PARTITION OF nova_hub.entity_state FOR VALUES IN ('closing_period');
CREATE TABLE nova_hub.blockout PARTITION OF nova_hub.entity_state FOR VALUES IN ('blockout');
CREATE TABLE nova_hub.waitlist_entry PARTITION OF nova_hub.entity_state FOR VALUES IN ('waitlist_entry');

-- The partitions get the policies of V1's partitions: read what the site owns (or what is addressed to it),
-- write only as the site the login role is mapped to.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['clinic', 'practitioner', 'chair', 'care_type', 'closing_period', 'blockout',
                               'waitlist_entry'] LOOP
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
