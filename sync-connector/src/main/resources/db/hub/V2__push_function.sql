-- The general push path: one change after the other, for batches that touch a record twice or address other
-- sites, and for single changes (the per-item fallback). Every expected refusal is a verdict with a French
-- reason; free of exception blocks (no subtransaction per item): an unexpected error fails the batch, which
-- the client then retries item by item (decision 0041). SECURITY INVOKER: the site's row-level security applies.
CREATE FUNCTION nova_hub.push_changes_each(items jsonb)
    RETURNS TABLE (r_ord int, r_status text, r_version bigint, r_seq bigint, r_payload jsonb, r_reason text)
    LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    me          text;
    kinds       text[];
    addressable text[];
    item        record;
    v           jsonb;
    k           uuid;
    e           text;
    rid         uuid;
    op          text;
    base        bigint;
    tgt         text;
    cur         record;
    found_state boolean;
    dup         record;
    new_seq     bigint;
    targets     text[] := '{}';
    applied     int := 0;
BEGIN
    SELECT s.site_id INTO me FROM nova_hub.site s WHERE s.role_name = current_user;
    IF me IS NULL THEN
        RAISE EXCEPTION 'role % is not a NOVA site', current_user USING ERRCODE = '42501';
    END IF;
    SELECT array_agg(ek.entity), array_agg(ek.entity) FILTER (WHERE ek.addressable)
        INTO kinds, addressable FROM nova_hub.entity_kind ek;

    FOR item IN SELECT (x.n - 1)::int AS n, x.val FROM jsonb_array_elements(items) WITH ORDINALITY AS x(val, n) LOOP
        v := item.val;
        r_ord := item.n; r_status := NULL; r_version := NULL; r_seq := NULL; r_payload := NULL; r_reason := NULL;
        k := nova_hub.wire_uuid(v->>'k');
        e := v->>'e';
        rid := nova_hub.wire_uuid(v->>'i');
        op := v->>'o';
        base := coalesce((v->>'b')::bigint, 0);
        tgt := v->>'t';

        SELECT l.version, l.seq INTO dup FROM nova_hub.change_ledger l WHERE l.idempotency_key = k;
        IF FOUND THEN
            r_status := 'DUPLICATE'; r_version := dup.version; r_seq := dup.seq;
            RETURN NEXT; CONTINUE;
        END IF;
        IF (v->>'s') IS DISTINCT FROM me THEN
            r_status := 'REJECTED';
            r_reason := format('La modification est signée du site « %s » mais ce compte est celui du site « %s ».', v->>'s', me);
            RETURN NEXT; CONTINUE;
        END IF;
        IF NOT (e = ANY (kinds)) THEN
            r_status := 'REJECTED'; r_reason := format('Type d''enregistrement inconnu du hub : « %s ».', e);
            RETURN NEXT; CONTINUE;
        END IF;
        IF op NOT IN ('UPSERT', 'DELETE') OR (op = 'UPSERT' AND jsonb_typeof(v->'p') IS DISTINCT FROM 'object') THEN
            r_status := 'REJECTED'; r_reason := 'Le contenu de la modification n''est pas un objet JSON.';
            RETURN NEXT; CONTINUE;
        END IF;
        IF tgt IS NOT NULL AND (NOT (e = ANY (coalesce(addressable, '{}'))) OR NOT nova_hub.site_exists(tgt)) THEN
            r_status := 'REJECTED';
            r_reason := format('Un enregistrement « %s » ne peut pas être adressé au site « %s ».', e, tgt);
            RETURN NEXT; CONTINUE;
        END IF;

        SELECT st.version, st.payload, st.deleted INTO cur
            FROM nova_hub.entity_state st WHERE st.entity = e AND st.id = rid FOR UPDATE;
        found_state := FOUND;
        IF found_state THEN
            IF cur.version <> base THEN
                r_status := 'CONFLICT'; r_version := cur.version;
                r_payload := CASE WHEN cur.deleted THEN NULL ELSE cur.payload END;
                RETURN NEXT; CONTINUE;
            END IF;
        ELSE
            IF nova_hub.record_exists(e, rid) THEN
                r_status := 'REJECTED'; r_reason := 'Cet identifiant d''enregistrement appartient à un autre site.';
                RETURN NEXT; CONTINUE;
            END IF;
            IF base <> 0 THEN
                r_status := 'REJECTED';
                r_reason := format('Le hub ne connaît pas la version %s de cet enregistrement.', base);
                RETURN NEXT; CONTINUE;
            END IF;
        END IF;

        INSERT INTO nova_hub.change_ledger AS l
                (entity, entity_id, operation, payload, version, idempotency_key, site_id, target_site_id, origin_workstation)
            VALUES (e, rid, op, CASE WHEN op = 'UPSERT' THEN v->'p' END, base + 1, k, me, tgt, v->>'w')
            ON CONFLICT (idempotency_key) DO NOTHING
            RETURNING l.seq INTO new_seq;
        IF new_seq IS NULL THEN
            -- Same key committed meanwhile by another connection, or used by another site.
            SELECT l.version, l.seq INTO dup FROM nova_hub.change_ledger l WHERE l.idempotency_key = k;
            IF FOUND THEN
                r_status := 'DUPLICATE'; r_version := dup.version; r_seq := dup.seq;
            ELSE
                r_status := 'REJECTED'; r_reason := 'Cette clé d''idempotence est déjà utilisée par un autre site.';
            END IF;
            RETURN NEXT; CONTINUE;
        END IF;

        IF found_state THEN
            UPDATE nova_hub.entity_state st
                SET payload = CASE WHEN op = 'UPSERT' THEN v->'p' ELSE st.payload END,
                    version = base + 1, deleted = (op = 'DELETE'), last_seq = new_seq,
                    target_site_id = coalesce(tgt, st.target_site_id)
                WHERE st.entity = e AND st.id = rid;
        ELSE
            INSERT INTO nova_hub.entity_state (entity, id, site_id, target_site_id, payload, version, deleted, last_seq)
                VALUES (e, rid, me, tgt, CASE WHEN op = 'UPSERT' THEN v->'p' END, 1, op = 'DELETE', new_seq)
                ON CONFLICT DO NOTHING;
            IF NOT FOUND THEN
                -- Another site created this id in the same instant: fail the batch, the client retries per item.
                RAISE EXCEPTION 'record %/% created concurrently by another site', e, rid USING ERRCODE = '40001';
            END IF;
        END IF;
        IF tgt IS NOT NULL AND NOT (tgt = ANY (targets)) THEN
            targets := targets || tgt;
        END IF;
        applied := applied + 1;
        r_status := 'APPLIED'; r_version := base + 1; r_seq := new_seq;
        RETURN NEXT;
    END LOOP;

    IF applied > 0 THEN
        -- A hint only; identical notifications of one transaction are coalesced by the server.
        PERFORM pg_notify('nova_hub_changes', me);
        FOR i IN 1 .. coalesce(array_length(targets, 1), 0) LOOP
            PERFORM pg_notify('nova_hub_changes', targets[i]);
        END LOOP;
    END IF;
END
$$;

REVOKE ALL ON FUNCTION nova_hub.push_changes_each(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nova_hub.push_changes_each(jsonb) TO nova_site;
