package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.common.ValidationException;
import org.junit.jupiter.api.Test;

/** TLS with certificate verification unless an admin turns it off for a hub on this very machine. */
class SyncSettingsTest {

    private static final String JAVA_TRUST = "org.postgresql.ssl.DefaultJavaSSLFactory";

    @Test
    void postgresqlUrlsGetVerifyFullAgainstTheRuntimeAuthoritiesByDefault() {
        assertEquals("postgresql://hub.sante.ml:5432/nova?sslmode=verify-full&sslfactory=" + JAVA_TRUST,
                SyncSettings.withTls("postgresql://hub.sante.ml:5432/nova", false));
        assertEquals("jdbc:postgresql://hub.dz/nova?connectTimeout=5&sslmode=verify-full&sslfactory=" + JAVA_TRUST,
                SyncSettings.withTls("jdbc:postgresql://hub.dz/nova?connectTimeout=5", false));
        assertEquals("postgresql://hub.dz/nova?sslmode=verify-full&sslfactory=" + JAVA_TRUST,
                SyncSettings.withTls("postgresql://hub.dz/nova?sslmode=verify-full", false));
        assertEquals("file:/media/cle", SyncSettings.withTls("file:/media/cle", false));
    }

    @Test
    void aDistrictAuthorityGivenInTheUrlIsKept() {
        assertEquals("postgresql://hub.sante.ml/nova?sslrootcert=/etc/nova/district.crt&sslmode=verify-full",
                SyncSettings.withTls("postgresql://hub.sante.ml/nova?sslrootcert=/etc/nova/district.crt", false));
    }

    @Test
    void tlsCanBeTurnedOffOnlyForALoopbackHub() {
        SyncSettings.checkUrl("jdbc:postgresql://127.0.0.1:5432/nova", true);
        SyncSettings.checkUrl("postgresql://localhost/nova", true);
        ValidationException remote = assertThrows(ValidationException.class,
                () -> SyncSettings.checkUrl("postgresql://hub.sante.ml/nova", true));
        assertTrue(remote.getMessage().contains("TLS"), remote.getMessage());
        assertThrows(ValidationException.class,
                () -> SyncSettings.checkUrl("postgresql://hub.sante.ml/nova?sslmode=require", false));
        SyncSettings.checkUrl("postgresql://hub.sante.ml/nova?sslmode=verify-full", false);
        assertEquals("jdbc:postgresql://127.0.0.1:5432/nova?sslmode=disable",
                SyncSettings.withTls("jdbc:postgresql://127.0.0.1:5432/nova", true));
    }

    @Test
    void aSiteIdTheHubWouldRefuseIsRefusedHere() {
        assertThrows(ValidationException.class, () -> SyncSettings.checkUrl("http://hub/nova", false));
    }
}
