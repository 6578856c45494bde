package nova.security.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * keys.json: one wrapped copy of the data key per user. It holds no patient data and no secret in clear; it is
 * rewritten atomically (write beside, then move) so a crash never leaves a half-written key file.
 */
public final class KeyFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;

    private final Path path;
    private final Map<String, KeyWrapping.WrappedKey> entries;

    private KeyFile(Path path, Map<String, KeyWrapping.WrappedKey> entries) {
        this.path = path;
        this.entries = entries;
    }

    public static KeyFile empty(Path path) {
        return new KeyFile(path, new LinkedHashMap<>());
    }

    public static KeyFile read(Path path) throws IOException {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(path.toFile());
        } catch (IOException | ClassCastException e) {
            throw new IOException("Le fichier des clés est illisible ou endommagé : " + path.getFileName(), e);
        }
        Map<String, KeyWrapping.WrappedKey> entries = new LinkedHashMap<>();
        var users = root.path("users");
        var decoder = Base64.getDecoder();
        users.properties().forEach(entry -> {
            var node = entry.getValue();
            entries.put(entry.getKey(), new KeyWrapping.WrappedKey(
                    decoder.decode(node.path("salt").asText()),
                    new KeyWrapping.Cost(node.path("memoryKiB").asInt(), node.path("iterations").asInt(),
                            node.path("parallelism").asInt()),
                    decoder.decode(node.path("nonce").asText()),
                    decoder.decode(node.path("wrappedKey").asText())));
        });
        return new KeyFile(path, entries);
    }

    public Optional<KeyWrapping.WrappedKey> entry(String username) {
        return Optional.ofNullable(entries.get(normalize(username)));
    }

    public void put(String username, KeyWrapping.WrappedKey wrapped) {
        entries.put(normalize(username), wrapped);
    }

    public void remove(String username) {
        entries.remove(normalize(username));
    }

    public void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("kdf", "argon2id");
        root.put("wrap", "AES-256-GCM");
        ObjectNode users = root.putObject("users");
        var encoder = Base64.getEncoder();
        entries.forEach((user, key) -> {
            ObjectNode node = users.putObject(user);
            node.put("salt", encoder.encodeToString(key.salt()));
            node.put("memoryKiB", key.cost().memoryKiB());
            node.put("iterations", key.cost().iterations());
            node.put("parallelism", key.cost().parallelism());
            node.put("nonce", encoder.encodeToString(key.nonce()));
            node.put("wrappedKey", encoder.encodeToString(key.ciphertext()));
        });
        Files.createDirectories(path.getParent());
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** User names are compared without case so that "Admin" and "admin" are one account. */
    public static String normalize(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
