package nova.sync.connector.file;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * Keys of one bundle, derived from the site's shared secret and the bundle's random salt with
 * PBKDF2-HMAC-SHA256 (slow on purpose: the secret may be a passphrase typed at the clinic). The first half
 * keys AES-256-GCM, the second half seeds the Ed25519 signing key (see decision 0043 for what that signature
 * does and does not prove).
 */
record BundleKeys(SecretKeySpec encryptionKey, Ed25519PrivateKeyParameters signingKey) {

    static final int ITERATIONS = 210_000;

    static BundleKeys derive(char[] secret, byte[] salt, String siteId) {
        byte[] siteBytes = siteId.getBytes(StandardCharsets.UTF_8);
        byte[] saltWithSite = Arrays.copyOf(salt, salt.length + siteBytes.length);
        System.arraycopy(siteBytes, 0, saltWithSite, salt.length, siteBytes.length);
        PBEKeySpec spec = new PBEKeySpec(secret, saltWithSite, ITERATIONS, 512);
        try {
            byte[] material = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            try {
                return new BundleKeys(new SecretKeySpec(Arrays.copyOfRange(material, 0, 32), "AES"),
                        new Ed25519PrivateKeyParameters(material, 32));
            } finally {
                Arrays.fill(material, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    Ed25519PublicKeyParameters verificationKey() {
        return signingKey.generatePublicKey();
    }
}
