package nova.referral.domain;

import java.time.Instant;

/**
 * The receiving site's answer to a referral as its steps: the furthest reached and the instant each was first
 * reached. Several desks of the receiving site write it, offline or at the same moment; {@link #merge} makes any
 * set of their versions one answer whatever the order they meet in (decision 0215): the furthest step wins, each
 * step keeps its earliest instant, and an instant of a step says the step was reached even if a version's own
 * status lags behind (a version merged field by field before this rule existed).
 */
public record ReferralAnswer(ReferralProgress status, Instant seenAt, Instant receivedAt, Instant handledAt) {

    public ReferralAnswer {
        status = furthest(status == null ? ReferralProgress.NEW : status,
                handledAt != null ? ReferralProgress.HANDLED
                        : receivedAt != null ? ReferralProgress.RECEIVED
                        : seenAt != null ? ReferralProgress.SEEN : ReferralProgress.NEW);
    }

    /** Both answers in one: commutative, associative and idempotent, so arrival order plays no part. */
    public ReferralAnswer merge(ReferralAnswer other) {
        return new ReferralAnswer(furthest(status, other.status), earliest(seenAt, other.seenAt),
                earliest(receivedAt, other.receivedAt), earliest(handledAt, other.handledAt));
    }

    /** This answer moved on to {@code step} at {@code now}; a step already passed changes nothing. */
    public ReferralAnswer reach(ReferralProgress step, Instant now) {
        if (step.compareTo(status) <= 0) {
            return this;
        }
        return switch (step) {
            case NEW -> this;
            case SEEN -> new ReferralAnswer(step, earliest(seenAt, now), receivedAt, handledAt);
            case RECEIVED -> new ReferralAnswer(step, seenAt, earliest(receivedAt, now), handledAt);
            case HANDLED -> new ReferralAnswer(step, seenAt, receivedAt, earliest(handledAt, now));
        };
    }

    /** When the current step was reached (null while new, or when only the step is known). */
    public Instant reachedAt() {
        return switch (status) {
            case NEW -> null;
            case SEEN -> seenAt;
            case RECEIVED -> receivedAt;
            case HANDLED -> handledAt;
        };
    }

    private static ReferralProgress furthest(ReferralProgress a, ReferralProgress b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }
}
