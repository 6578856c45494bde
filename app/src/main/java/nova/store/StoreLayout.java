package nova.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** The files of one data directory: the wrapped keys, the encrypted database, the logs, the clinic card. */
public record StoreLayout(Path root) {

    public Path keyFile() {
        return root.resolve("keys.json");
    }

    public Path databaseDirectory() {
        return root.resolve("db");
    }

    /** H2's base name; H2 adds ".mv.db". */
    public Path databaseBase() {
        return databaseDirectory().resolve("nova");
    }

    public Path databaseFile() {
        return databaseDirectory().resolve("nova.mv.db");
    }

    public Path logDirectory() {
        return root.resolve("logs");
    }

    /** Non-secret clinic facts (name, address, zone, care type durations) readable without a login. */
    public Path clinicCard() {
        return root.resolve("clinic.json");
    }

    public boolean storeExists() {
        return Files.isRegularFile(keyFile()) && Files.isRegularFile(databaseFile());
    }
}
