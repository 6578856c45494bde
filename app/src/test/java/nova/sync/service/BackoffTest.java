package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = Backoff.standard();

    @Test
    void waitsDoubleWithinASixthToAllOfTheCeilingAndStopAtTheMaximum() {
        for (int failures = 1; failures <= 12; failures++) {
            long ceiling = Math.min(300_000, 6_000L << (failures - 1));
            for (int draw = 0; draw < 50; draw++) {
                long wait = backoff.delay(failures).toMillis();
                assertTrue(wait >= ceiling / 6 && wait <= ceiling, failures + " failures: " + wait + " ms");
            }
        }
        long capped = backoff.delay(40).toMillis();
        assertTrue(capped >= Duration.ofMinutes(5).toMillis() / 6 && capped <= Duration.ofMinutes(5).toMillis(), capped + " ms");
    }

    @Test
    void desksThatFailedTogetherComeBackOverFiveSeconds() {
        long first = Long.MAX_VALUE;
        long last = 0;
        for (int desk = 0; desk < 200; desk++) {
            long wait = new Backoff(Duration.ofSeconds(6), Duration.ofMinutes(5), new SplittableRandom(desk)).delay(1).toMillis();
            first = Math.min(first, wait);
            last = Math.max(last, wait);
        }
        assertTrue(first >= 1_000 && first < 1_300, "earliest retry " + first + " ms");
        assertTrue(last > 5_700 && last <= 6_000, "latest retry " + last + " ms");
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
