package nova.sync.connector;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ServiceLoader;

/** Opens the connector that serves a hub URL ({@code postgresql://}, {@code jdbc:postgresql://}, {@code file:}). */
public final class SyncConnectors {

    private SyncConnectors() {
    }

    public static SyncConnector open(String url, SyncCredentials credentials) {
        try {
            return open(new URI(url.strip()), credentials);
        } catch (URISyntaxException e) {
            throw new SyncException("Adresse du hub invalide : " + url, false, e);
        }
    }

    public static SyncConnector open(URI url, SyncCredentials credentials) {
        for (SyncConnectorProvider provider : ServiceLoader.load(SyncConnectorProvider.class,
                SyncConnectors.class.getClassLoader())) {
            if (provider.supports(url)) {
                return provider.open(url, credentials);
            }
        }
        throw new SyncException("Aucun connecteur de synchronisation pour l'adresse " + url
                + " (adresses acceptées : postgresql://…, jdbc:postgresql://…, file:…).", false);
    }
}
