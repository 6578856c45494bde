import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar under a directory without the local variable tables of its class files
 * ({@code LocalVariableTable}, {@code LocalVariableTypeTable}: names of local variables, read by debuggers only),
 * deflated at level 9. The jlink runtime gets the same treatment from {@code --strip-debug}. Line numbers, source
 * file names and everything the JVM or reflection reads (including {@code MethodParameters}) stay, so stack
 * traces keep their lines. Only those two attributes are cut out of each {@code Code} attribute: the bytecode,
 * its offsets and its stack maps are copied untouched, and the constant pool is not rewritten.
 *
 * <p>Signed jars are left alone (their digests would no longer match). Entry names, order and times are kept.
 * Run by installer/jpackage.xml with the build JDK's source launcher: {@code java StripLocalVariables.java DIR}.
 */
public final class StripLocalVariables {

    private StripLocalVariables() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            jars = files.filter(path -> path.toString().endsWith(".jar")).sorted().toList();
        }
        long before = 0;
        long after = 0;
        for (Path jar : jars) {
            before += Files.size(jar);
            rewrite(jar);
            after += Files.size(jar);
        }
        System.out.printf("Local variable tables stripped from %d jars under %s: %,d bytes -> %,d bytes%n",
                jars.size(), args[0], before, after);
    }

    private static void rewrite(Path jar) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile())) {
            boolean signed = Collections.list(in.entries()).stream().map(ZipEntry::getName)
                    .anyMatch(name -> name.matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
            if (signed) {
                System.out.println("Signed, left as it is: " + jar.getFileName());
                return;
            }
            Path rewritten = jar.resolveSibling(jar.getFileName() + ".stripped");
            try (OutputStream file = Files.newOutputStream(rewritten); ZipOutputStream out = new ZipOutputStream(file)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] data = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                        data = strip(data);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                }
            }
            Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The class file without local variable tables; the input as it is if it is not a class file we know. */
    static byte[] strip(byte[] classFile) throws IOException {
        var in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
        var bytes = new ByteArrayOutputStream(classFile.length);
        var out = new DataOutputStream(bytes);
        if (in.readInt() != 0xCAFEBABE) {
            return classFile;
        }
        out.writeInt(0xCAFEBABE);
        out.writeInt(in.readInt()); // minor, major
        int count = in.readUnsignedShort();
        out.writeShort(count);
        String[] utf8 = new String[count];
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            out.writeByte(tag);
            switch (tag) {
                case 1 -> {
                    int length = in.readUnsignedShort();
                    byte[] text = in.readNBytes(length);
                    out.writeShort(length);
                    out.write(text);
                    // Modified UTF-8; attribute names are plain ASCII, which is all that is compared.
                    utf8[index] = new String(text, StandardCharsets.ISO_8859_1);
                }
                case 7, 8, 16, 19, 20 -> out.write(in.readNBytes(2));
                case 15 -> out.write(in.readNBytes(3));
                case 3, 4, 9, 10, 11, 12, 17, 18 -> out.write(in.readNBytes(4));
                case 5, 6 -> {
                    out.write(in.readNBytes(8));
                    index++; // long and double take two slots
                }
                default -> {
                    return classFile; // a constant pool tag this tool does not know: leave the class alone
                }
            }
        }
        out.write(in.readNBytes(6)); // access flags, this class, super class
        int interfaces = in.readUnsignedShort();
        out.writeShort(interfaces);
        out.write(in.readNBytes(2 * interfaces));
        for (int kind = 0; kind < 2; kind++) { // fields, then methods
            int members = in.readUnsignedShort();
            out.writeShort(members);
            for (int member = 0; member < members; member++) {
                out.write(in.readNBytes(6)); // access flags, name, descriptor
                copyAttributes(in, out, utf8, true);
            }
        }
        copyAttributes(in, out, utf8, false);
        if (in.read() != -1) {
            return classFile;
        }
        return bytes.toByteArray();
    }

    private static void copyAttributes(DataInputStream in, DataOutputStream out, String[] utf8, boolean member)
            throws IOException {
        int attributes = in.readUnsignedShort();
        out.writeShort(attributes);
        for (int attribute = 0; attribute < attributes; attribute++) {
            int name = in.readUnsignedShort();
            byte[] body = in.readNBytes(in.readInt());
            if (member && "Code".equals(utf8[name])) {
                body = stripCode(body, utf8);
            }
            out.writeShort(name);
            out.writeInt(body.length);
            out.write(body);
        }
    }

    private static byte[] stripCode(byte[] code, String[] utf8) throws IOException {
        var in = new DataInputStream(new java.io.ByteArrayInputStream(code));
        var bytes = new ByteArrayOutputStream(code.length);
        var out = new DataOutputStream(bytes);
        out.write(in.readNBytes(4)); // max stack, max locals
        int length = in.readInt();
        out.writeInt(length);
        out.write(in.readNBytes(length));
        int handlers = in.readUnsignedShort();
        out.writeShort(handlers);
        out.write(in.readNBytes(8 * handlers));
        int attributes = in.readUnsignedShort();
        var kept = new ByteArrayOutputStream();
        var keptOut = new DataOutputStream(kept);
        int keptCount = 0;
        for (int attribute = 0; attribute < attributes; attribute++) {
            int name = in.readUnsignedShort();
            byte[] body = in.readNBytes(in.readInt());
            String attributeName = utf8[name];
            if ("LocalVariableTable".equals(attributeName) || "LocalVariableTypeTable".equals(attributeName)) {
                continue;
            }
            keptOut.writeShort(name);
            keptOut.writeInt(body.length);
            keptOut.write(body);
            keptCount++;
        }
        out.writeShort(keptCount);
        out.write(kept.toByteArray());
        return bytes.toByteArray();
    }
}
