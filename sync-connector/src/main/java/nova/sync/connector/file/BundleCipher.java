package nova.sync.connector.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Seals and opens bundle bytes. Layout: magic, format, header length, header JSON, ciphertext length,
 * AES-256-GCM ciphertext (header as additional data), then a 64-byte Ed25519 signature over everything before
 * it. Opening checks the signature first and decrypts only a bundle whose every byte is authentic.
 */
public final class BundleCipher {

    private static final byte[] MAGIC = "NOVASYNC".getBytes(StandardCharsets.US_ASCII);
    private static final int SIGNATURE_LENGTH = 64;
    private static final int MAX_HEADER = 64 * 1024;
    static final String TAMPERED = "Le fichier de synchronisation a été modifié ou la clé du site est incorrecte : "
            + "rien n'a été importé.";

    private final ObjectMapper mapper;
    private final SecureRandom random;
    private final int kdfIterations;

    public BundleCipher(ObjectMapper mapper, SecureRandom random) {
        this(mapper, random, BundleKeys.ITERATIONS);
    }

    /** With a cheaper key derivation: for tests that open thousands of bundles, never for real bundles. */
    BundleCipher(ObjectMapper mapper, SecureRandom random, int kdfIterations) {
        this.mapper = mapper;
        this.random = random;
        this.kdfIterations = kdfIterations;
    }

    /** A header template gets its salt and nonce here; pass them empty. */
    public byte[] seal(BundleHeader template, byte[] plaintext, char[] secret) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        Base64.Encoder base64 = Base64.getEncoder();
        BundleHeader header = new BundleHeader(template.format(), template.bundleId(), template.siteId(),
                template.direction(), template.createdAt(), base64.encodeToString(salt), base64.encodeToString(nonce),
                template.recordCount(), template.fromCursor(), template.nextCursor(), template.siteCursor());
        BundleKeys keys = BundleKeys.derive(secret, salt, header.siteId(), kdfIterations);
        try {
            byte[] headerBytes = mapper.writeValueAsBytes(header);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(plaintext.length + headerBytes.length + 128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeShort(BundleHeader.FORMAT);
            out.writeInt(headerBytes.length);
            out.write(headerBytes);
            byte[] authenticatedPrefix = bytes.toByteArray();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.encryptionKey(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(authenticatedPrefix);
            byte[] ciphertext = cipher.doFinal(plaintext);
            out.writeInt(ciphertext.length);
            out.write(ciphertext);
            out.flush();
            byte[] signed = bytes.toByteArray();
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, keys.signingKey());
            signer.update(signed, 0, signed.length);
            out.write(signer.generateSignature());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("bundle sealing failed", e);
        }
    }

    public Opened open(byte[] file, char[] secret) {
        if (file.length < MAGIC.length + 2 + 4 + 4 + SIGNATURE_LENGTH
                || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new BundleException("Ce fichier n'est pas un fichier de synchronisation NOVA.");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
            in.skipNBytes(MAGIC.length);
            int format = in.readUnsignedShort();
            if (format != BundleHeader.FORMAT) {
                throw new BundleException("Format de fichier de synchronisation non pris en charge (" + format + ").");
            }
            int headerLength = in.readInt();
            if (headerLength <= 0 || headerLength > MAX_HEADER || headerLength > file.length) {
                throw new BundleException(TAMPERED);
            }
            byte[] headerBytes = in.readNBytes(headerLength);
            BundleHeader header = mapper.readValue(headerBytes, BundleHeader.class);
            int prefixLength = MAGIC.length + 2 + 4 + headerLength;
            int ciphertextLength = in.readInt();
            int signedLength = prefixLength + 4 + ciphertextLength;
            if (ciphertextLength < 16 || signedLength + SIGNATURE_LENGTH != file.length) {
                throw new BundleException(TAMPERED);
            }
            Base64.Decoder base64 = Base64.getDecoder();
            BundleKeys keys = BundleKeys.derive(secret, base64.decode(header.salt()), header.siteId(), kdfIterations);
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, keys.verificationKey());
            verifier.update(file, 0, signedLength);
            if (!verifier.verifySignature(Arrays.copyOfRange(file, signedLength, file.length))) {
                throw new BundleException(TAMPERED);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.encryptionKey(), new GCMParameterSpec(128, base64.decode(header.nonce())));
            cipher.updateAAD(file, 0, prefixLength);
            byte[] plaintext = cipher.doFinal(file, prefixLength + 4, ciphertextLength);
            return new Opened(header, plaintext);
        } catch (AEADBadTagException e) {
            throw new BundleException(TAMPERED, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(TAMPERED, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** An authentic, decrypted bundle. */
    public record Opened(BundleHeader header, byte[] plaintext) {
    }
}
