-- Push throughput (decision 0180) and the joining desk's snapshot (decision 0181, at the end).
-- The push: same verdicts and semantics as V3; less work per change:
-- - wire_uuid is no longer STRICT: a STRICT SQL function whose body is not strict itself (a CASE) is never
--   inlined, so every id and key cost a separate SQL function call (about a sixth of the push's server time).
--   Without STRICT the body is inlined; a NULL still gives NULL.
-- - The set-based path inserts the ledger row and the new state row without ON CONFLICT: the duplicate and
--   ownership checks already ran under the record locks, and a key or id taken concurrently or by another site
--   now surfaces as a unique violation, turned into NV001 (the client resends item by item, as before) by one
--   exception block per batch, one subtransaction per call instead of a speculative insertion per row.
-- - The "one change per record" check groups on plain columns instead of sorting row values.

CREATE OR REPLACE FUNCTION nova_hub.wire_uuid(t text) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN length(t) = 22
                      THEN encode(decode(translate(t, '-_', '+/') || '==', 'base64'), 'hex')::uuid
                      ELSE t::uuid END $$;
CREATE OR REPLACE FUNCTION nova_hub.push_changes(items jsonb, defaults jsonb DEFAULT '{}')
    RETURNS TABLE (r_ord int, r_status text, r_version bigint, r_seq bigint, r_payload jsonb, r_reason text)
    LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
    -- Every statement below is meant to be driven by unique indexes; forbid the planner's small-table guesses.
    SET enable_seqscan = off
    -- Plan once per session: hundreds of short-lived workstation sessions would otherwise re-plan every call.
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    me         text;
    n_items    int;
    n_records  int;
    addressed  boolean;
    verdicts   nova_hub.push_verdict[];
BEGIN
    SELECT s.site_id INTO me FROM nova_hub.site s WHERE s.role_name = current_user;
    IF me IS NULL THEN
        RAISE EXCEPTION 'role % is not a NOVA site', current_user USING ERRCODE = '42501';
    END IF;
    -- Grouped on plain columns (hashed): a DISTINCT over a row value sorts with the slow generic row comparison.
    SELECT coalesce(sum(g.n), 0)::int, count(*)::int, coalesce(bool_or(g.addressed), false)
        INTO n_items, n_records, addressed
        FROM (SELECT count(*) AS n, bool_or(x.t IS NOT NULL) AS addressed
                FROM jsonb_to_recordset(items) AS x(e text, i text, t text)
               GROUP BY coalesce(x.e, defaults->>'e'), nova_hub.wire_uuid(x.i)) g;
    IF n_items < 2 OR n_records <> n_items OR addressed THEN
        IF defaults <> '{}' THEN
            SELECT coalesce(jsonb_agg(defaults || x.item ORDER BY x.n), '[]') INTO items
              FROM jsonb_array_elements(items) WITH ORDINALITY AS x(item, n);
        END IF;
        RETURN QUERY SELECT * FROM nova_hub.push_changes_each(items);
        RETURN;
    END IF;

    -- One subtransaction per call: a unique violation below is a key or id taken concurrently or by another site.
    BEGIN
    WITH input AS (
        SELECT (r.n - 1)::int AS ord, nova_hub.wire_uuid(r.k) AS k, coalesce(r.e, defaults->>'e') AS e,
               nova_hub.wire_uuid(r.i) AS i, coalesce(r.o, defaults->>'o') AS o,
               coalesce(r.b, (defaults->>'b')::bigint, 0) AS b, coalesce(r.s, defaults->>'s') AS s,
               coalesce(r.w, defaults->>'w') AS w, r.p
          FROM ROWS FROM (jsonb_to_recordset(items)
                AS (k text, e text, i text, o text, b bigint, s text, w text, p jsonb)) WITH ORDINALITY
                AS r(k, e, i, o, b, s, w, p, n)
    ), dup AS (
        -- Written as one index probe per change: the planner underestimates both the batch (jsonb_to_recordset
        -- counts as 100 rows) and the tables under row-level security, and once chose a quadratic plan.
        SELECT l.idempotency_key, l.version, l.seq
          FROM input, LATERAL (SELECT c.idempotency_key, c.version, c.seq FROM nova_hub.change_ledger c
                                WHERE c.idempotency_key = input.k) l
    ), cur AS (
        SELECT st.entity, st.id, st.version, st.payload, st.deleted
          FROM input, LATERAL (SELECT s.entity, s.id, s.version, s.payload, s.deleted FROM nova_hub.entity_state s
                                WHERE s.entity = input.e AND s.id = input.i FOR UPDATE) st
    ), classified AS (
        SELECT input.*, d.version AS dup_version, d.seq AS dup_seq,
               c.id IS NOT NULL AS known, c.version AS cur_version,
               CASE WHEN c.deleted THEN NULL ELSE c.payload END AS cur_payload,
               CASE
                   WHEN d.idempotency_key IS NOT NULL THEN 'DUPLICATE'
                   WHEN input.s IS DISTINCT FROM me THEN 'REJECTED_SITE'
                   WHEN NOT EXISTS (SELECT 1 FROM nova_hub.entity_kind ek WHERE ek.entity = input.e) THEN 'REJECTED_KIND'
                   WHEN input.o IS NULL OR input.o NOT IN ('UPSERT', 'DELETE')
                        OR (input.o = 'UPSERT' AND jsonb_typeof(input.p) IS DISTINCT FROM 'object') THEN 'REJECTED_PAYLOAD'
                   WHEN c.id IS NOT NULL AND c.version <> input.b THEN 'CONFLICT'
                   WHEN c.id IS NULL AND input.b <> 0 THEN 'ANOMALY'  -- let the general path say why
                   ELSE 'APPLY'
               END AS verdict
          FROM input
          LEFT JOIN dup d ON d.idempotency_key = input.k
          LEFT JOIN cur c ON c.entity = input.e AND c.id = input.i
    ), ins AS (
        INSERT INTO nova_hub.change_ledger AS l
               (entity, entity_id, operation, payload, version, idempotency_key, site_id, origin_workstation)
        SELECT c.e, c.i, c.o, CASE WHEN c.o = 'UPSERT' THEN c.p END, c.b + 1, c.k, me, c.w
          FROM classified c WHERE c.verdict = 'APPLY' ORDER BY c.ord
        RETURNING l.idempotency_key, l.seq, l.version, l.entity, l.entity_id, l.operation, l.payload
    ), created AS (
        INSERT INTO nova_hub.entity_state AS st (entity, id, site_id, payload, version, deleted, last_seq)
        SELECT ins.entity, ins.entity_id, me, ins.payload, ins.version, ins.operation = 'DELETE', ins.seq
          FROM ins JOIN classified c ON c.k = ins.idempotency_key WHERE NOT c.known
        RETURNING st.entity, st.id
    ), updated AS (
        UPDATE nova_hub.entity_state st
           SET payload = CASE WHEN ins.operation = 'UPSERT' THEN ins.payload ELSE st.payload END,
               version = ins.version, deleted = ins.operation = 'DELETE', last_seq = ins.seq
          FROM ins JOIN classified c ON c.k = ins.idempotency_key
         WHERE c.known AND st.entity = ins.entity AND st.id = ins.entity_id
        RETURNING st.entity, st.id
    )
    SELECT array_agg(ROW(c.ord,
               CASE
                   WHEN c.verdict = 'APPLY' AND (ins.seq IS NULL OR (cr.id IS NULL AND up.id IS NULL)) THEN 'ANOMALY'
                   WHEN c.verdict = 'APPLY' THEN 'APPLIED'
                   WHEN c.verdict LIKE 'REJECTED%' THEN 'REJECTED'
                   ELSE c.verdict
               END,
               CASE c.verdict WHEN 'APPLY' THEN ins.version WHEN 'DUPLICATE' THEN c.dup_version
                              WHEN 'CONFLICT' THEN c.cur_version END,
               CASE c.verdict WHEN 'APPLY' THEN ins.seq WHEN 'DUPLICATE' THEN c.dup_seq END,
               CASE c.verdict WHEN 'CONFLICT' THEN c.cur_payload END,
               CASE c.verdict
                   WHEN 'REJECTED_SITE' THEN format('La modification est signée du site « %s » mais ce compte est celui du site « %s ».', c.s, me)
                   WHEN 'REJECTED_KIND' THEN format('Type d''enregistrement inconnu du hub : « %s ».', c.e)
                   WHEN 'REJECTED_PAYLOAD' THEN 'Le contenu de la modification n''est pas un objet JSON.'
               END)::nova_hub.push_verdict ORDER BY c.ord)
      INTO verdicts
      FROM classified c
      LEFT JOIN ins ON ins.idempotency_key = c.k
      LEFT JOIN created cr ON cr.entity = c.e AND cr.id = c.i
      LEFT JOIN updated up ON up.entity = c.e AND up.id = c.i;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'batch needs per-item handling' USING ERRCODE = 'NV001';
    END;

    IF EXISTS (SELECT 1 FROM unnest(verdicts) v WHERE v.status = 'ANOMALY') THEN
        -- A key or id taken concurrently or by another site: undo the batch; the client resends it item by item
        -- and the general path gives each change its precise verdict.
        RAISE EXCEPTION 'batch needs per-item handling' USING ERRCODE = 'NV001';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(verdicts) v WHERE v.status = 'APPLIED') THEN
        PERFORM pg_notify('nova_hub_changes', me);
    END IF;
    RETURN QUERY SELECT v.ord, v.status, v.version, v.seq, v.payload, v.reason FROM unnest(verdicts) v;
END
$$;


-- A joining desk's snapshot (decision 0181): the site's records as of the transaction-id fence, one row per record
-- (its latest version below the fence; records whose latest change deletes them are left out), ordered like a
-- pull, with the fence itself: the caller continues pulling from (fence, 0). Rows and fence come from one
-- statement, hence one snapshot, and the set of ledger rows below the fence is final (decision 0040): the snapshot
-- holds exactly what a pull of the whole history up to that cursor would have left, and the pulls that follow
-- bring exactly what came after. Built from the ledger, not from entity_state, because entity_state already shows
-- changes of transactions at or above the fence, which those pulls will bring. SECURITY INVOKER: row-level
-- security gives the site what its pulls would give it. An empty site gives one row with only the fence.
CREATE FUNCTION nova_hub.site_snapshot()
    RETURNS TABLE (fence xid8, seq bigint, txid xid8, entity text, entity_id uuid, payload jsonb, version bigint,
                   idempotency_key uuid, site_id text, target_site_id text, origin_workstation text)
    LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT f.fence, s.seq, s.txid, s.entity, s.entity_id, s.payload, s.version, s.idempotency_key, s.site_id,
           s.target_site_id, s.origin_workstation
      FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS fence) f
      LEFT JOIN LATERAL (
            SELECT latest.*
              FROM (SELECT DISTINCT ON (l.entity, l.entity_id) l.*
                      FROM nova_hub.change_ledger l
                     WHERE l.txid < f.fence
                     ORDER BY l.entity, l.entity_id, l.version DESC) latest
             WHERE latest.operation = 'UPSERT') s ON true
     ORDER BY s.txid, s.seq
$$;

REVOKE ALL ON FUNCTION nova_hub.site_snapshot() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nova_hub.site_snapshot() TO nova_site;
