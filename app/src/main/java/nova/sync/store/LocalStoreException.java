package nova.sync.store;

import java.sql.SQLException;

/** A SQL failure in the local store during sync: the local transaction is rolled back, nothing half-applied. */
public final class LocalStoreException extends RuntimeException {

    public LocalStoreException(SQLException cause) {
        super("local store: " + cause.getMessage(), cause);
    }
}
