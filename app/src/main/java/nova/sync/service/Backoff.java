package nova.sync.service;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Waits between failed synchronisations: a ceiling doubling from {@code base} up to {@code max}, each wait drawn at
 * random between a sixth and all of it, so that the workstations of a district that lost the hub together do not
 * come back together. With the standard 6 s the first retry comes 1 to 6 s after the failure: a hub back after a
 * blip sees its desks return over 5 s, which it serves within target, where the former 1 to 2 s made a storm
 * (decision 0219).
 */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration max, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= max");
        }
        this.base = base;
        this.max = max;
        this.random = random;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(6), Duration.ofMinutes(5), RandomGenerator.getDefault());
    }

    /** The wait after {@code failures} failures in a row (1 for the first). */
    public Duration delay(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(doublings, 20));
        long floor = ceiling / 6;
        return Duration.ofMillis(floor + random.nextLong(ceiling - floor + 1));
    }
}
