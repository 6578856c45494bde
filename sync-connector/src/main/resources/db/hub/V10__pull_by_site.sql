-- Pulls read the site's rows, not the whole hub's (decision 0214). Until V9 a pull scanned the ledger in hub order
-- from its cursor to the fence and row-level security dropped every other site's rows: a steady pull on a hub of
-- 20 sites read 20 times the rows it returned, and a desk pulling from the start (or back after a week offline)
-- read the whole hub's history since then. The ledger gets an index in pull order per site, and the page is the
-- merge of the site's own rows and the rows addressed to it, each read from its index (a Merge Append that stops
-- at the page's limit). Row-level security still applies to both. Same arguments, result and snapshot rules as
-- V8 (one statement, the caller's snapshot, decision 0040); the body is restated, with the changed read marked.
CREATE INDEX change_ledger_site_order ON nova_hub.change_ledger (site_id, txid, seq);

CREATE OR REPLACE FUNCTION nova_hub.pull_packed(after_txid text, after_seq bigint, page_limit int, me text,
                                                workstation text, los int8[], his int8[])
    RETURNS TABLE (fence text, dictionary text, page text)
    LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
    SET plan_cache_mode = force_generic_plan
    SET jit = off
AS $fn$
DECLARE
    -- The login's own site, as row-level security sees it; an administrator's session (no site) uses the
    -- argument, as before.
    mine text := coalesce((SELECT s.site_id FROM nova_hub.site s WHERE s.role_name = current_user), me);
BEGIN
    RETURN QUERY
        WITH f AS (
            SELECT pg_snapshot_xmin(pg_current_snapshot()) AS fence
        ), x AS MATERIALIZED (
            SELECT l.*, lag(l.txid, 1, '0'::xid8) OVER (ORDER BY l.txid, l.seq) AS prev_txid,
                   lag(l.seq) OVER (ORDER BY l.txid, l.seq) AS prev_seq,
                   l.origin_workstation = workstation AND EXISTS (
                       SELECT 1 FROM unnest(los, his) AS k(lo, hi) WHERE l.seq BETWEEN k.lo AND k.hi) AS echo
              FROM (SELECT c.* FROM f, LATERAL (
                        -- The site's own rows, then the rows addressed to it, each read in pull order from its
                        -- index and merged: a page costs what it returns, not the rows of every other site
                        -- between the cursor and the fence.
                        (SELECT * FROM nova_hub.change_ledger l
                          WHERE l.site_id = mine AND (l.txid, l.seq) > (after_txid::xid8, after_seq) AND l.txid < f.fence
                          ORDER BY l.txid, l.seq LIMIT page_limit)
                        UNION ALL
                        (SELECT * FROM nova_hub.change_ledger l
                          WHERE l.target_site_id = mine AND l.site_id <> mine
                            AND (l.txid, l.seq) > (after_txid::xid8, after_seq) AND l.txid < f.fence
                          ORDER BY l.txid, l.seq LIMIT page_limit)
                        ORDER BY txid, seq LIMIT page_limit) c) l
        ), s AS (
            -- A payload's keys (its shape, with the entity) and its values, in one pass over the jsonb, in its order.
            SELECT x.*, CASE WHEN kv.packed THEN ARRAY[x.entity] || coalesce(kv.keys, '{}') END AS shape, kv.vals
              FROM x
              LEFT JOIN LATERAL (SELECT true AS packed, array_agg(e.key) AS keys, string_agg(e.value::text, ',') AS vals
                                   FROM jsonb_each(x.payload) AS e) kv
                     ON x.operation = 'UPSERT' AND x.site_id = mine AND x.target_site_id IS NULL
                        AND jsonb_typeof(x.payload) = 'object' AND NOT x.echo
        ), shapes AS MATERIALIZED (
            -- Numbered in order of first use; hashing, not sorting: pages have a handful of shapes and workstations.
            SELECT g.shape, (row_number() OVER (ORDER BY g.first_seq) - 1)::int AS shape_no
              FROM (SELECT s.shape, min(s.seq) AS first_seq FROM s WHERE s.shape IS NOT NULL GROUP BY s.shape) g
        ), workstations AS MATERIALIZED (
            SELECT g.origin_workstation, (row_number() OVER (ORDER BY g.first_seq) - 1)::int AS workstation_no
              FROM (SELECT s.origin_workstation, min(s.seq) AS first_seq FROM s
                     WHERE s.shape IS NOT NULL AND s.origin_workstation IS NOT NULL GROUP BY s.origin_workstation) g
        ), m AS MATERIALIZED (
            SELECT s.*, sh.shape_no, w.workstation_no
              FROM s
              LEFT JOIN shapes sh ON sh.shape = s.shape
              LEFT JOIN workstations w ON w.origin_workstation = s.origin_workstation AND s.shape IS NOT NULL
        )
        SELECT f.fence::text,
               '{"s":' || coalesce((SELECT '[' || string_agg(to_json(sh.shape)::text, ',' ORDER BY sh.shape_no) || ']'
                                      FROM shapes sh), '[]')
                   || ',"w":' || coalesce((SELECT '[' || string_agg(to_json(w.origin_workstation)::text, ',' ORDER BY w.workstation_no) || ']'
                                             FROM workstations w), '[]') || '}',
               (SELECT '[' || string_agg(
                           CASE WHEN m.txid <> m.prev_txid THEN '"' || m.txid || '",' ELSE '' END ||
                           CASE WHEN m.seq = m.prev_seq + 1 THEN '' ELSE m.seq || ',' END ||
                           CASE
                               WHEN m.echo THEN '[]'
                               WHEN m.shape_no IS NOT NULL
                               THEN '[' || m.shape_no || ',"' || nova_hub.wire_text(m.entity_id)
                                    || '",' || m.version || ',"' || nova_hub.wire_text(m.idempotency_key) || '",'
                                    || coalesce(m.workstation_no::text, 'null')
                                    || coalesce(',' || m.vals, '') || ']'
                               ELSE json_build_array(m.entity, nova_hub.wire_text(m.entity_id), m.payload, m.version,
                                        nova_hub.wire_text(m.idempotency_key), m.origin_workstation,
                                        CASE WHEN m.operation = 'DELETE' THEN 'D' END, NULLIF(m.site_id, mine),
                                        m.target_site_id)::text
                           END, ',' ORDER BY m.txid, m.seq) || ']'
                  FROM m)
          FROM f;
END
$fn$;
