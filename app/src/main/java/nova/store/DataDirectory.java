package nova.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a workstation keeps its store, keys and logs: each operating system's convention for per-user
 * application data, unless the command line names another directory.
 */
public final class DataDirectory {

    private static final String APP = "nova";

    private DataDirectory() {
    }

    public static Path resolve(Path override) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        return conventional(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** XDG on Linux and other Unixes, %APPDATA% on Windows, Application Support on macOS. */
    static Path conventional(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("NOVA");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("NOVA");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve(APP);
    }
}
