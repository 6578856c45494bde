package nova.sync.connector.file;

import java.net.URI;
import java.nio.file.Path;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectorProvider;
import nova.sync.connector.SyncCredentials;

/** Serves {@code file:} URLs naming the folder of a USB stick. */
public final class FileConnectorProvider implements SyncConnectorProvider {

    @Override
    public boolean supports(URI url) {
        return "file".equalsIgnoreCase(url.getScheme());
    }

    @Override
    public SyncConnector open(URI url, SyncCredentials credentials) {
        return new FileSyncConnector(Path.of(url), credentials, new BundleFiles());
    }
}
