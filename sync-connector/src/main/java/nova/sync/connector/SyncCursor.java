package nova.sync.connector;

import java.util.Objects;

/**
 * A position in the hub's change order: the transaction id that wrote the last change served and that
 * change's sequence number (see decision 0040). Opaque to the workstation, which only stores
 * {@link #token()} in the same local transaction as the rows it applied.
 */
public record SyncCursor(long transactionId, long sequence) implements Comparable<SyncCursor> {

    public static final SyncCursor START = new SyncCursor(0, 0);

    public SyncCursor {
        if (transactionId < 0 || sequence < 0) {
            throw new IllegalArgumentException("negative cursor");
        }
    }

    public String token() {
        return transactionId + ":" + sequence;
    }

    public static SyncCursor parse(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            return START;
        }
        int colon = token.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Curseur de synchronisation illisible : " + token);
        }
        try {
            return new SyncCursor(Long.parseLong(token.substring(0, colon)), Long.parseLong(token.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Curseur de synchronisation illisible : " + token, e);
        }
    }

    @Override
    public int compareTo(SyncCursor other) {
        int byTransaction = Long.compareUnsigned(transactionId, other.transactionId);
        return byTransaction != 0 ? byTransaction : Long.compare(sequence, other.sequence);
    }
}
