package nova.sync.service;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nova.common.ValidationException;
import nova.sync.connector.SyncCredentials;
import nova.store.SettingsStore;

/**
 * The hub connection of this workstation, kept in the encrypted store (the site password and the USB bundle
 * secret never touch a plain file). TLS with certificate and host name verification is the default for a
 * PostgreSQL hub ({@code sslmode=verify-full}); an admin may switch it off only for a hub on this machine.
 */
public final class SyncSettings {

    static final String HUB_URL = "sync.hub_url";
    static final String SITE = "sync.site_id";
    static final String HUB_USER = "sync.hub_user";
    static final String HUB_PASSWORD = "sync.hub_password";
    static final String BUNDLE_SECRET = "sync.bundle_secret";
    static final String WORKSTATION = "sync.workstation_id";
    static final String TLS_OFF_LOOPBACK = "sync.tls_off_loopback";
    static final String LAST_SUCCESS = "sync.last_success";
    static final String JAVA_TRUST_STORE_FACTORY = "org.postgresql.ssl.DefaultJavaSSLFactory";
    private static final Set<String> WEAK_SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca");

    private final SettingsStore settings;

    public SyncSettings(SettingsStore settings) {
        this.settings = settings;
    }

    /** Made once, the first time anyone asks, and kept: it names this workstation on the hub's ledger. */
    public synchronized String workstationId() {
        Optional<String> existing = settings.get(WORKSTATION);
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = UUID.randomUUID().toString();
        settings.put(WORKSTATION, id);
        return id;
    }

    /** A copy of a store (a second desk installed from the first) must not keep the first one's name. */
    public synchronized String renewWorkstationId() {
        String id = UUID.randomUUID().toString();
        settings.put(WORKSTATION, id);
        return id;
    }

    public Optional<String> hubUrl() {
        return settings.get(HUB_URL).filter(s -> !s.isBlank());
    }

    public Optional<String> siteId() {
        return settings.get(SITE).filter(s -> !s.isBlank());
    }

    public boolean configured() {
        return hubUrl().isPresent() && siteId().isPresent();
    }

    /** When the last synchronisation succeeded, in any session (kept in the store, so it survives a restart). */
    public Optional<Instant> lastSuccess() {
        try {
            return settings.get(LAST_SUCCESS).map(Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void recordSuccess(Instant at) {
        settings.put(LAST_SUCCESS, at.toString());
    }

    public boolean tlsOffForLoopback() {
        return settings.get(TLS_OFF_LOOPBACK).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Stores the hub settings after checking them. {@code hubUser} null: the site's standard login role
     * ({@code nova_site_<site>}). {@code password}/{@code bundleSecret} null: keep the stored one.
     */
    public void configure(String hubUrl, String siteId, String hubUser, char[] password, char[] bundleSecret,
                          boolean tlsOffForLoopback) {
        if (siteId == null || !siteId.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new ValidationException("Identifiant de site invalide (lettres, chiffres, - et _ ; 40 au plus).");
        }
        if (hubUrl != null && !hubUrl.isBlank()) {
            checkUrl(hubUrl.strip(), tlsOffForLoopback);
            settings.put(HUB_URL, hubUrl.strip());
        }
        settings.put(SITE, siteId);
        settings.put(HUB_USER, hubUser == null || hubUser.isBlank() ? defaultUser(siteId) : hubUser.strip());
        if (password != null && password.length > 0) {
            settings.put(HUB_PASSWORD, new String(password));
        }
        if (bundleSecret != null && bundleSecret.length > 0) {
            settings.put(BUNDLE_SECRET, new String(bundleSecret));
        }
        settings.put(TLS_OFF_LOOPBACK, Boolean.toString(tlsOffForLoopback));
        workstationId();
    }

    /** The URL handed to the connector: a PostgreSQL URL gets its TLS mode made explicit. */
    public String effectiveUrl() {
        String url = hubUrl().orElseThrow(() -> new ValidationException(
                "Aucun hub configuré : utilisez « nova sync configure »."));
        return withTls(url, tlsOffForLoopback());
    }

    public SyncCredentials hubCredentials() {
        String site = siteId().orElseThrow(() -> new ValidationException("Aucun site configuré."));
        char[] password = settings.get(HUB_PASSWORD).map(String::toCharArray).orElse(new char[0]);
        return SyncCredentials.hubLogin(site, workstationId(), settings.get(HUB_USER).orElse(defaultUser(site)),
                password);
    }

    public SyncCredentials bundleCredentials() {
        String site = siteId().orElseThrow(() -> new ValidationException("Aucun site configuré."));
        char[] secret = settings.get(BUNDLE_SECRET).map(String::toCharArray).orElseThrow(() ->
                new ValidationException("Aucun secret de clé USB enregistré : « nova sync configure"
                        + " --bundle-secret-stdin »."));
        return SyncCredentials.bundleSecret(site, workstationId(), secret);
    }

    public boolean hasBundleSecret() {
        return settings.get(BUNDLE_SECRET).isPresent();
    }

    static String defaultUser(String siteId) {
        return "nova_site_" + siteId.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    static String withTls(String url, boolean tlsOffForLoopback) {
        if (!isPostgresql(url)) {
            return url;
        }
        String result = url;
        if (!result.contains("sslmode=")) {
            result = withParameter(result, "sslmode=" + (tlsOffForLoopback ? "disable" : "verify-full"));
        }
        if (!tlsOffForLoopback && !result.contains("sslfactory=") && !result.contains("sslrootcert=")) {
            // The hub's certificate is checked against the runtime's public authorities, as a browser would: the
            // driver's own default reads a root.crt file in the user's home folder, which nobody puts there
            // (decision 0212). A district with its own authority names its certificate with sslrootcert.
            result = withParameter(result, "sslfactory=" + JAVA_TRUST_STORE_FACTORY);
        }
        return result;
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    static void checkUrl(String url, boolean tlsOffForLoopback) {
        if (url.startsWith("file:")) {
            return;
        }
        if (!isPostgresql(url)) {
            throw new ValidationException("Adresse du hub non reconnue : postgresql://hôte:port/base attendu.");
        }
        String host = host(url);
        boolean loopback = isLoopback(host);
        if (tlsOffForLoopback && !loopback) {
            throw new ValidationException("Le chiffrement TLS ne peut être désactivé que pour un hub sur ce poste"
                    + " (127.0.0.1, localhost). Hôte : " + host + ".");
        }
        int at = url.indexOf("sslmode=");
        if (at >= 0 && !loopback) {
            String mode = url.substring(at + "sslmode=".length()).split("[&;]")[0].toLowerCase(Locale.ROOT);
            if (WEAK_SSL_MODES.contains(mode)) {
                throw new ValidationException("Le hub « " + host + " » doit être joint avec vérification du certificat"
                        + " (sslmode=verify-full), pas sslmode=" + mode + ".");
            }
        }
    }

    private static boolean isPostgresql(String url) {
        return url.startsWith("postgresql:") || url.startsWith("postgres:") || url.startsWith("jdbc:postgresql:");
    }

    private static String host(String url) {
        String rest = url.startsWith("jdbc:") ? url.substring(5) : url;
        try {
            String host = URI.create(rest).getHost();
            if (host == null) {
                throw new ValidationException("Adresse du hub sans nom d'hôte : " + url);
            }
            return host;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Adresse du hub invalide : " + url);
        }
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return bare.matches("[0-9.:a-fA-F]+") && InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
