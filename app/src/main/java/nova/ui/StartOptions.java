package nova.ui;

import java.nio.file.Path;

/** What the command line asked of the GUI: the data directory (null = the OS default) and demo data. */
public record StartOptions(Path dataDir, boolean demo) {
}
