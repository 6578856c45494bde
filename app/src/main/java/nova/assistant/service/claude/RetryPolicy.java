package nova.assistant.service.claude;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Retries of transient failures: at most {@code maxRetries}, waiting what the server asks ({@code retry-after-ms},
 * then {@code retry-after}) or else an exponential backoff with full jitter: a uniform draw in
 * [0, min(maxDelay, baseDelay * 2^retry)].
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, RandomGenerator random) {

    public static RetryPolicy defaults() {
        return new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(4), RandomGenerator.getDefault());
    }

    /** The wait before retry number {@code retry} (0 for the first retry) when the server named none. */
    public Duration backoff(int retry) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
    }
}
