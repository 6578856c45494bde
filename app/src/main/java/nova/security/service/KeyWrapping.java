package nova.security.service;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Wraps the store's data key with a key derived from one user's password (Argon2id, then AES-256-GCM). The data
 * key never changes, so adding a user or changing a password rewrites one small entry, never the database.
 */
public final class KeyWrapping {

    /** Argon2id cost. 19 MiB and 2 passes is OWASP's minimum profile: strong enough and under 0.2 s on 2 cores. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public static final Cost DEFAULT = new Cost(19 * 1024, 2, 1);
    }

    /** One user's wrapped copy of the data key; the username is bound in as associated data. */
    public record WrappedKey(byte[] salt, Cost cost, byte[] nonce, byte[] ciphertext) {
    }

    private static final int KEY_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random;
    private final Cost cost;

    public KeyWrapping(SecureRandom random, Cost cost) {
        this.random = random;
        this.cost = cost;
    }

    public byte[] newDataKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    public WrappedKey wrap(byte[] dataKey, String username, char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] kek = derive(password, salt, cost);
        try {
            Cipher cipher = gcm(Cipher.ENCRYPT_MODE, kek, nonce, username);
            return new WrappedKey(salt, cost, nonce, cipher.doFinal(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Returns the data key, or empty when the password (or the username it was bound to) is wrong. */
    public java.util.Optional<byte[]> unwrap(WrappedKey wrapped, String username, char[] password) {
        byte[] kek = derive(password, wrapped.salt(), wrapped.cost());
        try {
            Cipher cipher = gcm(Cipher.DECRYPT_MODE, kek, wrapped.nonce(), username);
            return java.util.Optional.of(cipher.doFinal(wrapped.ciphertext()));
        } catch (AEADBadTagException wrongPassword) {
            return java.util.Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static Cipher gcm(int mode, byte[] kek, byte[] nonce, String username) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] derive(char[] password, byte[] salt, Cost cost) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] kek = new byte[KEY_BYTES];
        generator.generateBytes(password, kek);
        return kek;
    }
}
