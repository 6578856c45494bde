package nova.sync.connector.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class BundleCipherTest {

    private final BundleCipher cipher = new BundleCipher(new ObjectMapper(), new SecureRandom());
    /** Same format and checks with a cheap key derivation, for the test that opens one bundle per byte. */
    private final BundleCipher quickCipher = new BundleCipher(new ObjectMapper(), new SecureRandom(), 1_000);
    private final char[] secret = "sel-et-poivre-de-kati".toCharArray();
    private final BundleHeader header = new BundleHeader(BundleHeader.FORMAT, "b1", "kati", BundleDirection.TO_HUB,
            "2026-11-21T10:00:00Z", "", "", 1, null, null, "0:0");

    @Test
    void sealedBundleOpensWithTheSameSecretAndHidesItsContent() {
        byte[] plaintext = "{\"nom\":\"Traoré\"}".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal(header, plaintext, secret);
        assertFalse(new String(sealed, StandardCharsets.UTF_8).contains("Traoré"));
        BundleCipher.Opened opened = cipher.open(sealed, secret);
        assertArrayEquals(plaintext, opened.plaintext());
        assertEquals("kati", opened.header().siteId());
    }

    @Test
    void everyFlippedByteIsDetected() {
        byte[] sealed = quickCipher.seal(header, "{\"nom\":\"Traoré\"}".getBytes(StandardCharsets.UTF_8), secret);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            BundleException error = assertThrows(BundleException.class, () -> quickCipher.open(tampered, secret),
                    "byte " + i + " changed unnoticed");
            assertFalse(error.retryable());
        }
    }

    @Test
    void aWrongSecretOrATruncatedFileIsRefusedInFrench() {
        byte[] sealed = cipher.seal(header, new byte[] {1, 2, 3}, secret);
        BundleException wrongKey = assertThrows(BundleException.class,
                () -> cipher.open(sealed, "autre-secret-du-site".toCharArray()));
        assertEquals(BundleCipher.TAMPERED, wrongKey.getMessage());
        assertThrows(BundleException.class, () -> cipher.open(java.util.Arrays.copyOf(sealed, sealed.length - 1), secret));
        BundleException notABundle = assertThrows(BundleException.class,
                () -> cipher.open("bonjour".getBytes(StandardCharsets.UTF_8), secret));
        assertEquals("Ce fichier n'est pas un fichier de synchronisation NOVA.", notABundle.getMessage());
    }
}
