package nova.sync.connector;

import java.net.URI;

/** A connector factory registered in {@code META-INF/services}; {@link SyncConnectors} picks one by URL. */
public interface SyncConnectorProvider {

    /** True when this provider handles the URL (decided by its scheme). */
    boolean supports(URI url);

    SyncConnector open(URI url, SyncCredentials credentials);
}
