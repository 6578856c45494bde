package nova.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import nova.app.Workstation;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.SetupService;
import nova.security.service.AccessDeniedException;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;

/** Real encrypted stores for tests, made through the same SetupService as the wizard and the setup command. */
public final class TestStores {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "motdepasse-solide";
    /** A cheaper Argon2 cost keeps tests fast; the real cost is exercised by the key wrapping test. */
    private static final KeyWrapping.Cost TEST_COST = new KeyWrapping.Cost(1024, 1, 1);

    private TestStores() {
    }

    public static KeyWrapping keyWrapping() {
        return new KeyWrapping(new SecureRandom(), TEST_COST);
    }

    public static void create(Path dir, String preset, boolean demo) {
        create(dir, preset, demo, Clock.systemUTC());
    }

    public static void create(Path dir, String preset, boolean demo, Clock clock) {
        new SetupService(clock, keyWrapping())
                .create(dir, ClinicPresets.byName(preset).withAdmin(ADMIN, PASSWORD.toCharArray(), demo));
    }

    public static StoreAccess access() {
        return access(Clock.systemUTC());
    }

    public static StoreAccess access(Clock clock) {
        return new StoreAccess(clock, keyWrapping());
    }

    public static Workstation login(Path dir) throws AccessDeniedException {
        return access().open(dir, ADMIN, PASSWORD.toCharArray());
    }

    public static Workstation login(Path dir, Clock clock) throws AccessDeniedException {
        return access(clock).open(dir, ADMIN, PASSWORD.toCharArray());
    }

    /**
     * A copy of a store's folder (logs left out): a second desk of the same clinic, as an installer restoring the
     * first desk's backup would make it (give it its own workstation id before it syncs).
     */
    public static void copy(Path from, Path to) {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains("/logs/")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
