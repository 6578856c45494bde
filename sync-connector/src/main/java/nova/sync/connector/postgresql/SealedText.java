package nova.sync.connector.postgresql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.zip.Deflater;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * Text as the hub's sealed wire carries it (hub V11, decision 0217): zlib-compressed inside an OpenPGP message,
 * because pgcrypto's OpenPGP functions are the only zlib stock PostgreSQL offers to SQL. The passphrase is fixed and
 * known to both ends: the envelope is a container, not a secret (TLS protects the link).
 */
final class SealedText {

    /** The passphrase the hub's push_sealed and pull_sealed use. */
    private static final char[] PASSPHRASE = "nova-hub-wire".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedText() {
    }

    static byte[] seal(String text) {
        byte[] clear = text.getBytes(StandardCharsets.UTF_8);
        try {
            // Compressed first, so that the envelope gets a known length and no partial-length packets.
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(clear.length / 2 + 64);
            PGPCompressedDataGenerator zlib =
                    new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZLIB, Deflater.BEST_COMPRESSION);
            try (OutputStream zipped = zlib.open(compressed);
                 OutputStream literal = new PGPLiteralDataGenerator()
                         .open(zipped, PGPLiteralData.UTF8, "", clear.length, new Date(0))) {
                literal.write(clear);
            }
            byte[] inner = compressed.toByteArray();
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(inner.length + 96);
            PGPEncryptedDataGenerator envelope = new PGPEncryptedDataGenerator(
                    new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_128)
                            .setWithIntegrityPacket(true).setSecureRandom(RANDOM));
            envelope.addMethod(new BcPBEKeyEncryptionMethodGenerator(PASSPHRASE));
            try (OutputStream out = envelope.open(sealed, inner.length)) {
                out.write(inner);
            }
            return sealed.toByteArray();
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("cannot seal text for the hub", e);
        }
    }

    /** The text of a sealed message; an IOException when it is not one, is damaged or is not text. */
    static String open(byte[] sealed) throws IOException {
        try {
            Object first = new BcPGPObjectFactory(sealed).nextObject();
            if (!(first instanceof PGPEncryptedDataList list) || list.isEmpty()
                    || !(list.get(0) instanceof PGPPBEEncryptedData envelope)) {
                throw new IOException("not a sealed message");
            }
            InputStream inner = envelope.getDataStream(
                    new BcPBEDataDecryptorFactory(PASSPHRASE, new BcPGPDigestCalculatorProvider()));
            Object content = new BcPGPObjectFactory(inner).nextObject();
            if (content instanceof PGPCompressedData zipped) {
                content = new BcPGPObjectFactory(zipped.getDataStream()).nextObject();
            }
            if (!(content instanceof PGPLiteralData literal)) {
                throw new IOException("sealed message without text");
            }
            byte[] clear = literal.getInputStream().readAllBytes();
            if (!envelope.isIntegrityProtected() || !envelope.verify()) {
                throw new IOException("sealed message damaged");
            }
            return new String(clear, StandardCharsets.UTF_8);
        } catch (PGPException | RuntimeException e) {
            throw new IOException("unreadable sealed message", e);
        }
    }
}
