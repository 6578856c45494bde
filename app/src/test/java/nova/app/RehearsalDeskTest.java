package nova.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nova.clinic.service.SetupService;
import nova.testing.TestStores;
import nova.ui.session.DeskSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login screen's warm-up: a real workstation on an in-memory demo clinic that leaves the store alone. */
class RehearsalDeskTest {

    @TempDir
    Path dataDir;

    @Test
    void warmUpGivesAWorkingDemoSessionAndLeavesTheDataDirectoryAsItWas() throws IOException {
        TestStores.create(dataDir, "cabinet-alger", false);
        List<String> before = listing();
        Clock clock = Clock.systemUTC();
        StoreDeskBackend backend = new StoreDeskBackend(dataDir, TestStores.access(),
                new SetupService(clock, TestStores.keyWrapping()), TestStores.keyWrapping(), clock);

        DeskSession rehearsal = backend.warmUp().orElseThrow();
        LocalDate today = LocalDate.now(rehearsal.clinic().profile().zone());
        List<?> week = rehearsal.appointments().range(today.minusDays(3), today.plusDays(4));
        assertFalse(week.isEmpty(), "the rehearsal's agenda has the demo appointments around today");
        assertFalse(rehearsal.clinic().chairs().isEmpty());
        rehearsal.close();

        assertEquals(before, listing(), "nothing written to the data directory");
        assertThrows(RuntimeException.class, () -> rehearsal.appointments().day(today),
                "the in-memory database is gone once the rehearsal is closed");
        assertTrue(Files.exists(dataDir.resolve("keys.json")));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(dataDir.resolve("logs")))
                    .map(p -> dataDir.relativize(p) + ":" + sizeAndTime(p)).sorted().toList();
        }
    }

    private static String sizeAndTime(Path p) {
        try {
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
