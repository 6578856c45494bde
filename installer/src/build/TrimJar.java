import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a library jar keeping only the classes that chosen jars of a directory can reach, directly or
 * through other kept classes. Made for Bouncy Castle's bcprov (7.2 MB, 6,000 classes), of which NOVA uses the
 * Argon2 key derivation and Ed25519 signatures of the lightweight API (327 classes with what they reach); see
 * docs/decisions/0190.
 *
 * <p>The roots are the jars of DIR whose file name matches GLOB: NOVA's own jars. (The only other user of bcprov
 * on the class path is PDFBox's public-key encryption of PDFs, which NOVA does not use and which cannot work here
 * anyway: it needs bcpkix, not shipped.) Reachability is over-approximated: every class name written in a class
 * file's constant pool (class references, descriptors, signatures, and string constants in dotted form, which is
 * what {@code Class.forName} reads) counts as a use. Multi-release variants of a kept
 * class are kept and followed too. Resources stay when their package still has a kept class. The signature files
 * and the per-entry digests of the manifest are dropped (the jar is no longer the signed one); service files keep
 * only the providers that are kept. Entry times are kept.
 *
 * <p>Run by installer/jpackage.xml with the build JDK's source launcher:
 * {@code java TrimJar.java LIBRARY.jar PREFIX DIR GLOB}, PREFIX being the library's package root in internal
 * form ({@code org/bouncycastle/}), GLOB the file names of the root jars under DIR ({@code nova-*.jar}).
 */
public final class TrimJar {

    private static final String VERSIONS = "META-INF/versions/";

    private TrimJar() {
    }

    public static void main(String[] args) throws IOException {
        Path library = Path.of(args[0]);
        String prefix = args[1];
        Path dir = Path.of(args[2]);
        var rootJars = dir.getFileSystem().getPathMatcher("glob:" + args[3]);
        Pattern names = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_$/]+|"
                + Pattern.quote(prefix.replace('/', '.')) + "[A-Za-z0-9_$.]+");

        List<Path> others;
        try (Stream<Path> files = Files.walk(dir)) {
            others = files.filter(path -> rootJars.matches(path.getFileName()))
                    .filter(path -> !sameFile(path, library)).toList();
        }
        Deque<String> pending = new ArrayDeque<>();
        for (Path jar : others) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".class")) {
                        pending.addAll(referencedClasses(zip.getInputStream(entry).readAllBytes(), names));
                    }
                }
            }
        }

        try (ZipFile zip = new ZipFile(library.toFile())) {
            Map<String, List<ZipEntry>> variants = classVariants(zip);
            Set<String> kept = new HashSet<>();
            while (!pending.isEmpty()) {
                String name = pending.pop();
                List<ZipEntry> entries = variants.get(name);
                if (entries == null || !kept.add(name)) {
                    continue;
                }
                for (ZipEntry entry : entries) {
                    pending.addAll(referencedClasses(zip.getInputStream(entry).readAllBytes(), names));
                }
            }
            int total = variants.size();
            write(zip, library, kept);
            System.out.println("Trimmed " + library.getFileName() + ": kept " + kept.size() + " of " + total
                    + " classes reachable from " + others.size() + " jars");
        }
    }

    /** Internal class name (a/b/C) of each class, with its base entry and its multi-release variants. */
    private static Map<String, List<ZipEntry>> classVariants(ZipFile zip) {
        Map<String, List<ZipEntry>> variants = new LinkedHashMap<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = className(entry.getName());
            if (name != null && !name.endsWith("module-info")) {
                variants.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(entry);
            }
        }
        return variants;
    }

    /** a/b/C for a/b/C.class and META-INF/versions/N/a/b/C.class, else null. */
    private static String className(String entry) {
        if (!entry.endsWith(".class")) {
            return null;
        }
        String path = entry;
        if (path.startsWith(VERSIONS)) {
            int slash = path.indexOf('/', VERSIONS.length());
            path = path.substring(slash + 1);
        }
        return path.substring(0, path.length() - ".class".length());
    }

    private static Set<String> referencedClasses(byte[] classFile, Pattern names) {
        Set<String> found = new HashSet<>();
        for (PoolEntry entry : ClassFile.of().parse(classFile).constantPool()) {
            if (entry instanceof Utf8Entry utf8) {
                Matcher matcher = names.matcher(utf8.stringValue());
                while (matcher.find()) {
                    String name = matcher.group().replace('.', '/');
                    found.add(name);
                    // An inner class named in a descriptor drags in its outer classes (InnerClasses attribute).
                    for (int dollar = name.indexOf('$'); dollar > 0; dollar = name.indexOf('$', dollar + 1)) {
                        found.add(name.substring(0, dollar));
                    }
                }
            }
        }
        return found;
    }

    private static void write(ZipFile zip, Path library, Set<String> kept) throws IOException {
        Set<String> keptPackages = new HashSet<>();
        for (String name : kept) {
            keptPackages.add(name.substring(0, name.lastIndexOf('/') + 1));
        }
        Path rewritten = library.resolveSibling(library.getFileName() + ".trimmed");
        try (OutputStream file = Files.newOutputStream(rewritten); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] data = zip.getInputStream(entry).readAllBytes();
                byte[] copy = keep(entry.getName(), data, kept, keptPackages);
                if (copy == null) {
                    continue;
                }
                ZipEntry written = new ZipEntry(entry.getName());
                written.setTime(entry.getTime());
                out.putNextEntry(written);
                out.write(copy);
                out.closeEntry();
            }
        }
        Files.move(rewritten, library, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The bytes to write for an entry, or null to leave it out. */
    private static byte[] keep(String entry, byte[] data, Set<String> kept, Set<String> keptPackages)
            throws IOException {
        if (entry.endsWith("/")) {
            return null;
        }
        String upper = entry.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                    || upper.endsWith(".EC"))) {
            return null;
        }
        if (entry.equals("META-INF/MANIFEST.MF")) {
            Manifest manifest = new Manifest(new java.io.ByteArrayInputStream(data));
            Manifest main = new Manifest();
            main.getMainAttributes().putAll(manifest.getMainAttributes());
            main.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
            var bytes = new java.io.ByteArrayOutputStream();
            main.write(bytes);
            return bytes.toByteArray();
        }
        if (entry.startsWith("META-INF/services/")) {
            StringBuilder providers = new StringBuilder();
            for (String line : new String(data, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String provider = line.replaceAll("#.*", "").strip();
                if (!provider.isEmpty() && kept.contains(provider.replace('.', '/'))) {
                    providers.append(provider).append('\n');
                }
            }
            return providers.isEmpty() ? null : providers.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        String name = className(entry);
        if (name != null) {
            return kept.contains(name) ? data : null;
        }
        String path = entry.startsWith(VERSIONS) ? entry.substring(entry.indexOf('/', VERSIONS.length()) + 1) : entry;
        if (entry.startsWith("META-INF/") && !entry.startsWith(VERSIONS) || !path.contains("/")) {
            return data;
        }
        return keptPackages.contains(path.substring(0, path.lastIndexOf('/') + 1)) ? data : null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
