package nova.assistant.service.claude;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops asking Claude after repeated failures so that the receptionist gets the local answer at once instead of
 * waiting for a deadline on every request. Closed: calls pass. After {@code failureThreshold} consecutive failures:
 * open, calls are refused until {@code coolDown} has passed. Then half-open: one probe passes; its success closes
 * the breaker, its failure opens it again. See docs/decisions/0031.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration coolDown;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean probeInFlight;

    public CircuitBreaker(int failureThreshold, Duration coolDown, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Three failures in a row open it for one minute. */
    public static CircuitBreaker withDefaults(Clock clock) {
        return new CircuitBreaker(3, Duration.ofMinutes(1), clock);
    }

    /**
     * Whether a call may go out now. In half-open state only one probe is let through; its outcome must be
     * reported with {@link #recordSuccess()} or {@link #recordFailure()}.
     */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED -> {
                return true;
            }
            case OPEN -> {
                if (clock.instant().isBefore(openedAt.plus(coolDown))) {
                    return false;
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                return true;
            }
            default -> {
                if (probeInFlight) {
                    return false;
                }
                probeInFlight = true;
                return true;
            }
        }
    }

    public synchronized void recordSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    public synchronized void recordFailure() {
        probeInFlight = false;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        return state;
    }

    /** How long until a probe is allowed; zero unless open. */
    public synchronized Duration remainingCoolDown() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), openedAt.plus(coolDown));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
