package nova.sync.connector.file;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * Keys of one bundle, derived from the site's shared secret and the bundle's random salt with
 * PBKDF2-HMAC-SHA256 (slow on purpose: the secret may be a passphrase typed at the clinic), expanded with
 * HMAC-SHA256 under two labels: one keys AES-256-GCM, the other seeds the Ed25519 signing key (see
 * decision 0043 for what that signature does and does not prove).
 */
record BundleKeys(SecretKeySpec encryptionKey, Ed25519PrivateKeyParameters signingKey) {

    static final int ITERATIONS = 210_000;

    static BundleKeys derive(char[] secret, byte[] salt, String siteId) {
        return derive(secret, salt, siteId, ITERATIONS);
    }

    static BundleKeys derive(char[] secret, byte[] salt, String siteId, int iterations) {
        byte[] siteBytes = siteId.getBytes(StandardCharsets.UTF_8);
        byte[] saltWithSite = Arrays.copyOf(salt, salt.length + siteBytes.length);
        System.arraycopy(siteBytes, 0, saltWithSite, salt.length, siteBytes.length);
        PBEKeySpec spec = new PBEKeySpec(secret, saltWithSite, iterations, 256);
        byte[] master = null;
        try {
            master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            // One slow derivation, then two cheap labelled expansions (as HKDF-Expand does) for the two keys.
            byte[] aes = expand(master, "nova-bundle-aes-256-gcm");
            byte[] seed = expand(master, "nova-bundle-ed25519");
            try {
                return new BundleKeys(new SecretKeySpec(aes, "AES"), new Ed25519PrivateKeyParameters(seed, 0));
            } finally {
                Arrays.fill(aes, (byte) 0);
                Arrays.fill(seed, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
            if (master != null) {
                Arrays.fill(master, (byte) 0);
            }
        }
    }

    private static byte[] expand(byte[] master, String label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        mac.update(label.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 1);
        return mac.doFinal();
    }

    Ed25519PublicKeyParameters verificationKey() {
        return signingKey.generatePublicKey();
    }
}
