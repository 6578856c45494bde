package nova.sync.service;

import java.time.Duration;
import java.util.Objects;
import nova.common.ValidationException;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncCursor;

/**
 * Tries hub settings before they are saved (« Tester la connexion »): the same checks as saving them, then a
 * session opened with them and one change read, as the sync worker would. Nothing is written, on the hub or here.
 */
public final class HubProbe {

    private final SyncSettings settings;

    public HubProbe(SyncSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** What a successful try found. */
    public record Reached(String user, Duration took) {
    }

    /**
     * @param password empty: the password already stored for this workstation
     * @throws ValidationException settings refused before trying (address, site, TLS off for a remote hub)
     * @throws nova.sync.connector.SyncException the hub refused or could not be reached; its message says why
     */
    public Reached tryHub(String url, String siteId, String user, char[] password, boolean tlsOffForLoopback) {
        String address = url == null ? "" : url.strip();
        String site = siteId == null ? "" : siteId.strip();
        if (address.isEmpty()) {
            throw new ValidationException("Indiquez l'adresse du hub.");
        }
        if (address.startsWith("file:")) {
            throw new ValidationException("Un échange par clé USB ne se teste pas ici : il se vérifie à l'export.");
        }
        if (site.isEmpty()) {
            throw new ValidationException("Indiquez l'identifiant du site.");
        }
        SyncSettings.checkSiteId(site);
        SyncSettings.checkUrl(address, tlsOffForLoopback);
        String login = user == null || user.isBlank() ? SyncSettings.defaultUser(site) : user.strip();
        char[] secret = password != null && password.length > 0 ? password.clone() : storedPassword();
        SyncCredentials credentials = SyncCredentials.hubLogin(site, settings.workstationId(), login, secret);
        long start = System.nanoTime();
        try (SyncConnector connector = SyncConnectors.open(SyncSettings.withTls(address, tlsOffForLoopback),
                credentials)) {
            connector.pull(SyncCursor.START, 1);
        } finally {
            credentials.wipe();
            java.util.Arrays.fill(secret, '\0');
        }
        return new Reached(login, Duration.ofNanos(System.nanoTime() - start));
    }

    private char[] storedPassword() {
        if (!settings.configured()) {
            throw new ValidationException("Indiquez le mot de passe du site.");
        }
        SyncCredentials stored = settings.hubCredentials();
        try {
            return stored.password().clone();
        } finally {
            stored.wipe();
        }
    }
}
