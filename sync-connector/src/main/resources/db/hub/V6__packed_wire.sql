-- Packed wire forms for 2G links (decision 0185). A payload's keys travel once per batch or page for each entity
-- kind and key set (a "shape": [entity, key1, key2, ...]) and its values as a row's tail, instead of every row
-- repeating its keys; rows are written without the spaces jsonb prints. The hub stores and serves exactly what
-- push_changes stores and the ledger holds: these functions only translate the wire form, around the existing
-- entry points, which keep working for older connectors.

-- packed: {"d": defaults (as push_changes takes them), "s": [shape, ...], "r": [row, ...]}; a row is either
-- [key, id, base version, shape index, value 1, ..., value n] (an upsert of the shape's entity, the values in the
-- shape's key order) or an item object exactly as push_changes reads it (deletes, addressed changes).
-- Returns the verdicts in item order: a number is an applied change (its sequence number; version = base + 1),
-- [first seq, count] a run of such changes with consecutive sequence numbers, anything else
-- [letter, version, seq(, payload, reason)] as push_changes words it (A, D, C, R).
CREATE FUNCTION nova_hub.push_packed(packed jsonb)
    RETURNS text
    LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    shapes   jsonb;
    defaults jsonb;
    items    jsonb;
    problem  text;
    reply    text;
BEGIN
    IF jsonb_typeof(packed) IS DISTINCT FROM 'object' OR jsonb_typeof(packed->'r') IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'Lot de modifications illisible : un objet {"s": [...], "r": [...]} est attendu.'
            USING ERRCODE = '22023';
    END IF;
    shapes := coalesce(packed->'s', '[]');
    defaults := coalesce(packed->'d', '{}');
    IF jsonb_typeof(shapes) <> 'array' OR jsonb_typeof(defaults) <> 'object' THEN
        RAISE EXCEPTION 'Lot de modifications illisible : « s » doit être une liste et « d » un objet.' USING ERRCODE = '22023';
    END IF;
    SELECT format('forme n° %s : %s', s.n - 1, s.shape::text) INTO problem
      FROM jsonb_array_elements(shapes) WITH ORDINALITY AS s(shape, n)
     WHERE jsonb_typeof(s.shape) <> 'array' OR jsonb_array_length(s.shape) < 1
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.shape) f WHERE jsonb_typeof(f) <> 'string')
        OR (SELECT count(DISTINCT f) FROM jsonb_array_elements_text(s.shape) WITH ORDINALITY AS f(f, i) WHERE i > 1)
           <> jsonb_array_length(s.shape) - 1
     LIMIT 1;
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION 'Lot de modifications illisible, % (attendu : [type, clé, clé, ...] sans clé répétée).', problem
            USING ERRCODE = '22023';
    END IF;
    SELECT format('ligne n° %s : %s', r.n - 1, left(r.item::text, 200)) INTO problem
      FROM jsonb_array_elements(packed->'r') WITH ORDINALITY AS r(item, n)
     WHERE jsonb_typeof(r.item) <> 'object' AND NOT (
               jsonb_typeof(r.item) = 'array' AND jsonb_array_length(r.item) >= 4
           AND jsonb_typeof(r.item->0) = 'string' AND jsonb_typeof(r.item->1) = 'string'
           AND jsonb_typeof(r.item->2) = 'number' AND jsonb_typeof(r.item->3) = 'number'
           AND (r.item->>3) ~ '^[0-9]{1,9}$' AND (r.item->>3)::int < jsonb_array_length(shapes)
           AND jsonb_array_length(r.item) = 3 + jsonb_array_length(shapes->((r.item->>3)::int)))
     LIMIT 1;
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION 'Lot de modifications illisible, % (attendu : [clé, id, version de base, forme, valeurs de la forme...] ou un objet).', problem
            USING ERRCODE = '22023';
    END IF;

    SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(r.item) = 'object' THEN r.item
                                   ELSE jsonb_build_object('k', r.item->0, 'i', r.item->1, 'b', r.item->2,
                                            'e', shapes->((r.item->>3)::int)->0,
                                            'p', coalesce((SELECT jsonb_object_agg(f.key, r.item->(f.n::int + 2))
                                                             FROM jsonb_array_elements_text(shapes->((r.item->>3)::int))
                                                                  WITH ORDINALITY AS f(key, n)
                                                            WHERE f.n > 1), '{}'))
                              END ORDER BY r.n), '[]')
      INTO items
      FROM jsonb_array_elements(packed->'r') WITH ORDINALITY AS r(item, n);

    WITH v AS (
        SELECT p.*, p.r_status = 'APPLIED'
                    AND p.r_version = coalesce((items->p.r_ord->>'b')::bigint, (defaults->>'b')::bigint, 0) + 1 AS simple
          FROM nova_hub.push_changes(items, defaults) p
    ), marked AS (
        SELECT v.*, CASE WHEN v.simple AND lag(v.simple) OVER w AND v.r_seq = lag(v.r_seq) OVER w + 1 THEN 0 ELSE 1 END AS starts
          FROM v WINDOW w AS (ORDER BY v.r_ord)
    ), grouped AS (
        SELECT marked.*, sum(marked.starts) OVER (ORDER BY marked.r_ord) AS g FROM marked
    )
    SELECT '[' || string_agg(piece, ',' ORDER BY g) || ']' INTO reply
      FROM (SELECT grouped.g,
                   CASE WHEN bool_and(grouped.simple) AND count(*) = 1 THEN min(grouped.r_seq)::text
                        WHEN bool_and(grouped.simple) THEN '[' || min(grouped.r_seq) || ',' || count(*) || ']'
                        ELSE min(CASE WHEN grouped.r_status IN ('APPLIED', 'DUPLICATE')
                                      THEN json_build_array(left(grouped.r_status, 1), grouped.r_version, grouped.r_seq)
                                      ELSE json_build_array(left(grouped.r_status, 1), grouped.r_version, grouped.r_seq,
                                                            grouped.r_payload, grouped.r_reason)
                                 END::text)
                   END AS piece
              FROM grouped GROUP BY grouped.g) pieces;
    RETURN reply;
END
$$;

REVOKE ALL ON FUNCTION nova_hub.push_packed(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nova_hub.push_packed(jsonb) TO nova_site;

-- One pull page behind the transaction-id fence (decision 0040), in ONE statement and hence one snapshot (a
-- STABLE function runs in its caller's). Returns the fence, the page's dictionary {"s": shapes, "w": workstations}
-- (shapes as [entity, key, ...] in jsonb key order) and the page, a list in pull order of
--   "txid"                                                 the transaction of the rows that follow
--   seq                                                    the sequence number of the next row, when it is not
--                                                          the previous row's plus one
--   []                                                     one of the caller's own changes it announced (los..his)
--   [shape, id, version, key, workstation no, value 1, ..., value n]   an upsert of this site
--   [entity, id, payload, version, key, workstation, op, site, target] anything else
-- with ids and keys as 22-character wire ids.
CREATE FUNCTION nova_hub.pull_packed(after_txid text, after_seq bigint, page_limit int, me text, workstation text,
                                     los int8[], his int8[])
    RETURNS TABLE (fence text, dictionary text, page text)
    LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
    WITH f AS (
        SELECT pg_snapshot_xmin(pg_current_snapshot()) AS fence
    ), x AS MATERIALIZED (
        SELECT l.*, lag(l.txid, 1, '0'::xid8) OVER (ORDER BY l.txid, l.seq) AS prev_txid,
               lag(l.seq) OVER (ORDER BY l.txid, l.seq) AS prev_seq,
               l.origin_workstation = workstation AND EXISTS (
                   SELECT 1 FROM unnest(los, his) AS k(lo, hi) WHERE l.seq BETWEEN k.lo AND k.hi) AS echo
          FROM (SELECT c.* FROM f, LATERAL (SELECT * FROM nova_hub.change_ledger l
                                              WHERE (l.txid, l.seq) > (after_txid::xid8, after_seq) AND l.txid < f.fence
                                              ORDER BY l.txid, l.seq LIMIT page_limit) c) l
    ), s AS (
        -- A payload's keys (its shape, with the entity) and its values, in one pass over the jsonb, in its order.
        SELECT x.*, CASE WHEN kv.packed THEN ARRAY[x.entity] || coalesce(kv.keys, '{}') END AS shape, kv.vals
          FROM x
          LEFT JOIN LATERAL (SELECT true AS packed, array_agg(e.key) AS keys, string_agg(e.value::text, ',') AS vals
                               FROM jsonb_each(x.payload) AS e) kv
                 ON x.operation = 'UPSERT' AND x.site_id = me AND x.target_site_id IS NULL
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
                                    CASE WHEN m.operation = 'DELETE' THEN 'D' END, NULLIF(m.site_id, me),
                                    m.target_site_id)::text
                       END, ',' ORDER BY m.txid, m.seq) || ']'
              FROM m)
      FROM f
$$;

REVOKE ALL ON FUNCTION nova_hub.pull_packed(text, bigint, int, text, text, int8[], int8[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nova_hub.pull_packed(text, bigint, int, text, text, int8[], int8[]) TO nova_site;
