import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar under a directory with stored (uncompressed) entries, so that the compressor of a native
 * package (xz in a .deb) sees the class files themselves instead of deflated bytes it cannot shrink. Entry names,
 * order, contents and times are kept, so a signed jar stays valid.
 *
 * <p>Run by installer/jpackage.xml with the build JDK's source launcher: {@code java StoreJars.java DIR}.
 */
public final class StoreJars {

    private StoreJars() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            jars = files.filter(path -> path.toString().endsWith(".jar")).toList();
        }
        for (Path jar : jars) {
            store(jar);
        }
        System.out.println("Stored without compression: " + jars.size() + " jars under " + args[0]);
    }

    private static void store(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile in = new ZipFile(jar.toFile());
             OutputStream file = Files.newOutputStream(rewritten);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(entry).readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
