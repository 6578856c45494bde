package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new SplittableRandom(7));

    @Test
    void waitsDoubleWithinHalfToAllOfTheCeilingAndStopAtTheMaximum() {
        for (int failures = 1; failures <= 12; failures++) {
            long ceiling = Math.min(300_000, 2_000L << (failures - 1));
            for (int draw = 0; draw < 50; draw++) {
                long wait = backoff.delay(failures).toMillis();
                assertTrue(wait >= ceiling / 2 && wait <= ceiling, failures + " failures: " + wait + " ms");
            }
        }
        assertEquals(Duration.ofMinutes(5).toMillis() / 2 <= backoff.delay(40).toMillis(), true);
    }

    @Test
    void jitterSpreadsWorkstationsThatFailedTogether() {
        Set<Long> waits = new HashSet<>();
        for (int desk = 0; desk < 20; desk++) {
            waits.add(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new SplittableRandom(desk))
                    .delay(5).toMillis());
        }
        assertTrue(waits.size() > 15, "waits should differ: " + waits);
        assertNotEquals(1, waits.size());
    }
}
