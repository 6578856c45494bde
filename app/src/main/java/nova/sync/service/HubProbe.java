package nova.sync.service;

import java.time.Duration;
import java.util.Arrays;
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
        try {
            return reach(SyncSettings.withTls(address, tlsOffForLoopback),
                    SyncCredentials.hubLogin(site, settings.workstationId(), login, secret));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The settings as saved ({@code nova sync check}). */
    public Reached trySaved() {
        String url = settings.effectiveUrl();
        if (url.startsWith("file:")) {
            throw new ValidationException("Un échange par clé USB ne se teste pas ici : il se vérifie à l'export.");
        }
        return reach(url, settings.hubCredentials());
    }

    /** Opens a session and reads one change, as the sync worker would; the credentials are wiped after. */
    private static Reached reach(String effectiveUrl, SyncCredentials credentials) {
        long start = System.nanoTime();
        try (SyncConnector connector = SyncConnectors.open(effectiveUrl, credentials)) {
            connector.pull(SyncCursor.START, 1);
            return new Reached(credentials.user(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            credentials.wipe();
        }
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
