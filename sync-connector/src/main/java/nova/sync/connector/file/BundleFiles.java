package nova.sync.connector.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nova.sync.connector.SyncException;

/**
 * Reads and writes sealed bundles in a folder (a USB stick). A file is written under a temporary name and
 * renamed, so that a stick pulled out mid-write leaves no half bundle under a real name.
 */
public final class BundleFiles {

    static final String SUFFIX = ".novasync";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BundleCipher cipher;
    private final BundleContentCodec codec;
    private final Clock clock;

    public BundleFiles(ObjectMapper mapper, SecureRandom random, Clock clock) {
        this.cipher = new BundleCipher(mapper, random);
        this.codec = new BundleContentCodec(mapper);
        this.clock = clock;
    }

    public BundleFiles() {
        this(new ObjectMapper(), new SecureRandom(), Clock.systemUTC());
    }

    public Path write(Path folder, String siteId, BundleDirection direction, BundleContent content, char[] secret,
            String fromCursor, String nextCursor, String siteCursor) {
        String bundleId = UUID.randomUUID().toString();
        BundleHeader header = new BundleHeader(BundleHeader.FORMAT, bundleId, siteId, direction,
                clock.instant().toString(), "", "", content.changes().size(), fromCursor, nextCursor, siteCursor);
        byte[] sealed = cipher.seal(header, codec.encode(content), secret);
        String name = siteId + (direction == BundleDirection.TO_HUB ? "-vers-hub-" : "-depuis-hub-")
                + STAMP.format(clock.instant()) + "-" + bundleId.substring(0, 8) + SUFFIX;
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            Path partial = folder.resolve(name + ".partiel");
            Files.write(partial, sealed);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new SyncException("Écriture du fichier de synchronisation impossible dans " + folder + " : "
                    + e.getMessage(), true, e);
        }
    }

    public Read read(Path file, char[] secret) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SyncException("Lecture du fichier " + file.getFileName() + " impossible : " + e.getMessage(), true, e);
        }
        BundleCipher.Opened opened = cipher.open(bytes, secret);
        return new Read(opened.header(), codec.decode(opened.plaintext()));
    }

    /** Bundles of one site and direction in a folder, oldest name first. */
    public List<Path> list(Path folder, String siteId, BundleDirection direction) {
        String prefix = siteId + (direction == BundleDirection.TO_HUB ? "-vers-hub-" : "-depuis-hub-");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = new ArrayList<>(files
                    .filter(path -> path.getFileName().toString().startsWith(prefix))
                    .filter(path -> path.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .toList());
            return found;
        } catch (IOException e) {
            throw new SyncException("Lecture du dossier " + folder + " impossible : " + e.getMessage(), true, e);
        }
    }

    /** An authentic bundle: header and content. */
    public record Read(BundleHeader header, BundleContent content) {
    }
}
