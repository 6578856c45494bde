package nova.sync.connector;

import java.util.Arrays;
import java.util.Objects;

/**
 * Who connects: the site's hub login (postgresql connector), the site's shared bundle secret (file connector),
 * the site id and the workstation id stamped on outgoing changes. Unused parts may be null.
 */
public final class SyncCredentials {

    private final String user;
    private final char[] password;
    private final String siteId;
    private final String workstationId;
    private final char[] bundleSecret;

    private SyncCredentials(String user, char[] password, String siteId, String workstationId, char[] bundleSecret) {
        this.user = user;
        this.password = password == null ? null : password.clone();
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.workstationId = workstationId;
        this.bundleSecret = bundleSecret == null ? null : bundleSecret.clone();
    }

    public static SyncCredentials hubLogin(String siteId, String workstationId, String user, char[] password) {
        return new SyncCredentials(user, password, siteId, workstationId, null);
    }

    public static SyncCredentials bundleSecret(String siteId, String workstationId, char[] secret) {
        return new SyncCredentials(null, null, siteId, workstationId, secret);
    }

    public String user() {
        return user;
    }

    public char[] password() {
        return password == null ? null : password.clone();
    }

    public String siteId() {
        return siteId;
    }

    public String workstationId() {
        return workstationId;
    }

    public char[] bundleSecretChars() {
        return bundleSecret == null ? null : bundleSecret.clone();
    }

    /** Overwrites the secrets kept in memory. */
    public void wipe() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        if (bundleSecret != null) {
            Arrays.fill(bundleSecret, '\0');
        }
    }

    @Override
    public String toString() {
        return "SyncCredentials[site=" + siteId + ", workstation=" + workstationId + ", user=" + user + "]";
    }
}
