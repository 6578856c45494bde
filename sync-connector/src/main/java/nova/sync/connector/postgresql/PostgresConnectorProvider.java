package nova.sync.connector.postgresql;

import java.net.URI;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectorProvider;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncException;
import nova.sync.connector.hub.JdbcUrls;

/** Serves {@code postgresql://…}, {@code postgres://…} and {@code jdbc:postgresql://…} hub URLs. */
public final class PostgresConnectorProvider implements SyncConnectorProvider {

    @Override
    public boolean supports(URI url) {
        return JdbcUrls.isPostgresql(url);
    }

    @Override
    public SyncConnector open(URI url, SyncCredentials credentials) {
        if (credentials.user() == null) {
            throw new SyncException("Identifiant du site sur le hub manquant.", false);
        }
        return new PostgresSyncConnector(JdbcUrls.toJdbc(url), credentials);
    }
}
