package nova.store;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens the H2 file with {@code CIPHER=AES}. The file password is derived from the data key, which nobody types;
 * H2's own user password is derived from it too, so the only secret is the data key.
 */
public final class EncryptedStore implements AutoCloseable {

    /**
     * Parsed statements kept per connection. A booking alone runs a dozen different statements; with H2's default
     * of 8 they pushed each other out and every write parsed its SQL again.
     */
    static final int QUERY_CACHE_SIZE = 64;

    /**
     * Text and binary columns (CLOB: the outbox's JSON payload of every change) up to this many bytes are kept in
     * the row. H2's default, 256, sent each booking's payload (about 500 bytes) to the separate LOB store: more
     * maps written and encrypted per write, and a cleaner thread. The columns stay CLOBs; only where H2 puts them
     * changes, for values written from now on.
     */
    static final int MAX_LENGTH_INPLACE_LOB = 8192;

    private final JdbcConnectionPool pool;

    private EncryptedStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static EncryptedStore open(StoreLayout layout, byte[] dataKey, boolean create) throws IOException {
        Files.createDirectories(layout.databaseDirectory());
        // IFEXISTS stops a mistyped path from silently creating an empty store; trace files stay off because H2
        // writes failing SQL, values included, into them in clear.
        String url = "jdbc:h2:file:" + layout.databaseBase().toAbsolutePath()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE
                + ";MAX_LENGTH_INPLACE_LOB=" + MAX_LENGTH_INPLACE_LOB + ";IFEXISTS=" + (create ? "FALSE" : "TRUE");
        String filePassword = derive(dataKey, "nova-h2-file");
        String userPassword = derive(dataKey, "nova-h2-user");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "nova", filePassword + " " + userPassword);
        pool.setMaxConnections(8);
        return new EncryptedStore(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static String derive(byte[] dataKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
