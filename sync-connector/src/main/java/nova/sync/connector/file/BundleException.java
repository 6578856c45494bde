package nova.sync.connector.file;

import nova.sync.connector.SyncException;

/** A bundle that cannot be trusted or read: nothing from it has been applied. */
public final class BundleException extends SyncException {

    public BundleException(String frenchMessage, Throwable cause) {
        super(frenchMessage, false, cause);
    }

    public BundleException(String frenchMessage) {
        super(frenchMessage, false, null);
    }
}
