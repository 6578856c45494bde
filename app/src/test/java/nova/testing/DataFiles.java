package nova.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Greps every file under a directory, for the tests that prove nothing is written in clear. */
public final class DataFiles {

    private DataFiles() {
    }

    /** Whether any file under {@code root} holds {@code needle} in UTF-8 or UTF-16 (either byte order). */
    public static boolean anyFileContains(Path root, String needle) throws IOException {
        List<byte[]> forms = List.of(needle.getBytes(StandardCharsets.UTF_8),
                needle.getBytes(StandardCharsets.UTF_16BE), needle.getBytes(StandardCharsets.UTF_16LE));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] form : forms) {
                    if (indexOf(content, form) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
