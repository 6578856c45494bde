package nova.sync.connector.file;

/**
 * The clear part of a bundle, authenticated (GCM additional data and signature) but not secret. Cursors are
 * {@link nova.sync.connector.SyncCursor#token()} strings: a reply covers the hub changes after {@code fromCursor}
 * up to {@code nextCursor}; a clinic's bundle tells in {@code siteCursor} from where its reply should start.
 */
public record BundleHeader(
        int format,
        String bundleId,
        String siteId,
        BundleDirection direction,
        String createdAt,
        String salt,
        String nonce,
        int recordCount,
        String fromCursor,
        String nextCursor,
        String siteCursor) {

    public static final int FORMAT = 1;
}
