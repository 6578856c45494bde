-- Change hints on one channel per site (decision 0211). Until V8 every push notified the one channel
-- "nova_hub_changes" with the site as payload, and every workstation of every site listening on it received every
-- notification and dropped the others' itself: with 20 sites on a hub, 95 % of the hints a workstation received
-- were for someone else, on a 2G downlink of 6 kB/s (about 45 bytes each; a busy district sends dozens a second).
-- Now a site's hints go to its own channel, 'nova_site_' || md5(site id) (channel names are identifiers of at most
-- 63 bytes; site ids are free text), so the server sends each workstation only its site's.
-- The old channel still gets its notification, for workstations not yet upgraded; a later migration drops it.
CREATE FUNCTION nova_hub.hint_site(site text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM pg_notify('nova_site_' || md5(site), '');
    PERFORM pg_notify('nova_hub_changes', site);
END
$$;
REVOKE ALL ON FUNCTION nova_hub.hint_site(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nova_hub.hint_site(text) TO nova_site;

-- The two push functions call it instead of pg_notify. They are edited in place (their definition as the server
-- holds it, with that one call replaced) rather than restated whole: 300 lines copied from V2 and V5 for a
-- one-word change would hide it. The check makes a definition that no longer has the call fail the migration.
DO $$
DECLARE
    f regprocedure;
    definition text;
BEGIN
    FOREACH f IN ARRAY ARRAY['nova_hub.push_changes(jsonb, jsonb)'::regprocedure,
                             'nova_hub.push_changes_each(jsonb)'::regprocedure] LOOP
        definition := pg_get_functiondef(f);
        IF position('pg_notify(''nova_hub_changes'', ' IN definition) = 0 THEN
            RAISE EXCEPTION 'V9: % does not notify as expected', f;
        END IF;
        EXECUTE replace(definition, 'pg_notify(''nova_hub_changes'', ', 'nova_hub.hint_site(');
    END LOOP;
END
$$;
