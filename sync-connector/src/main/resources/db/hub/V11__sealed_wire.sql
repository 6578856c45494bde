-- Compressed wire forms for 2G links (decision 0217). The packed forms of V6 are JSON text; a sync of 100 patients
-- as the workstation writes them is about 20 kB each way, 3.3 s at 6 kB/s. zlib brings it to about 7 kB. The only
-- zlib stock PostgreSQL offers to SQL is inside pgcrypto's OpenPGP messages (compress-algo), so a sealed form is
-- an OpenPGP message: the packed text, zlib-compressed, in a symmetric envelope under a fixed passphrase. The
-- envelope hides nothing (TLS protects the link); it is only the container pgcrypto reads and writes. These
-- functions wrap push_packed and pull_packed and change nothing else: same verdicts, same pages, same snapshot.
-- pgcrypto is a trusted extension (PostgreSQL 13 and later): the hub's owner can create it without a superuser.
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA nova_hub;

DO $migration$
DECLARE
    -- pgcrypto may already be installed in another schema of this database: its functions are named through it.
    crypto text := (SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                     WHERE e.extname = 'pgcrypto');
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO nova_site', crypto);

    -- sealed: the packed object of push_packed, as an OpenPGP message (literal text, zlib). Returns push_packed's
    -- verdicts as they are: about 22 bytes for 100 applied changes, not worth compressing.
    EXECUTE format($f$
        CREATE FUNCTION nova_hub.push_sealed(sealed bytea)
            RETURNS text
            LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
        AS $$
        BEGIN
            RETURN nova_hub.push_packed(%1$s.pgp_sym_decrypt(sealed, 'nova-hub-wire')::jsonb);
        END
        $$$f$, crypto);

    -- The page of pull_packed, its dictionary and its rows as one OpenPGP message: the dictionary, a line feed (never
    -- inside either: JSON text from jsonb escapes control characters), the rows. NULL when the page is empty. Still
    -- one statement in the caller's snapshot (pull_packed's own), so the fence of decision 0040 holds.
    EXECUTE format($f$
        CREATE FUNCTION nova_hub.pull_sealed(after_txid text, after_seq bigint, page_limit int, me text,
                                             workstation text, los int8[], his int8[])
            RETURNS TABLE (fence text, sealed bytea)
            LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
        AS $$
        BEGIN
            RETURN QUERY
                SELECT p.fence,
                       CASE WHEN p.page IS NOT NULL
                            THEN %1$s.pgp_sym_encrypt(p.dictionary || chr(10) || p.page, 'nova-hub-wire',
                                                      'compress-algo=2, cipher-algo=aes128, s2k-mode=1')
                       END
                  FROM nova_hub.pull_packed(after_txid, after_seq, page_limit, me, workstation, los, his) p;
        END
        $$$f$, crypto);
END
$migration$;

GRANT EXECUTE ON FUNCTION nova_hub.push_sealed(bytea) TO nova_site;
GRANT EXECUTE ON FUNCTION nova_hub.pull_sealed(text, bigint, int, text, text, int8[], int8[]) TO nova_site;
