package nova.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The answer's merge is order-free and never goes back (decision 0215). */
class ReferralAnswerPropertiesTest {

    @Property
    void mergeIgnoresOrderAndGrouping(@ForAll("answers") ReferralAnswer a, @ForAll("answers") ReferralAnswer b,
                                      @ForAll("answers") ReferralAnswer c) {
        assertEquals(a.merge(b), b.merge(a));
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
        assertEquals(a, a.merge(a));
    }

    @Property
    void theFurthestStepWinsAndEveryStepKeepsItsFirstInstant(@ForAll("answers") ReferralAnswer a,
                                                            @ForAll("answers") ReferralAnswer b) {
        ReferralAnswer merged = a.merge(b);
        assertTrue(merged.status().compareTo(a.status()) >= 0 && merged.status().compareTo(b.status()) >= 0);
        assertEquals(earliest(a.receivedAt(), b.receivedAt()), merged.receivedAt());
        assertEquals(earliest(a.handledAt(), b.handledAt()), merged.handledAt());
    }

    @Property
    void reachingAnEarlierStepChangesNothing(@ForAll("answers") ReferralAnswer a,
                                             @ForAll ReferralProgress step) {
        ReferralAnswer after = a.reach(step, Instant.parse("2030-01-01T00:00:00Z"));
        if (step.compareTo(a.status()) <= 0) {
            assertEquals(a, after);
        } else {
            assertEquals(step, after.status());
        }
    }

    @Property
    void aStatusLaggingBehindItsInstantsReadsAsTheStepReached(@ForAll("instants") Instant handled) {
        assertEquals(ReferralProgress.HANDLED,
                new ReferralAnswer(ReferralProgress.RECEIVED, null, null, handled).status());
    }

    @Provide
    Arbitrary<ReferralAnswer> answers() {
        return Combinators.combine(Arbitraries.of(ReferralProgress.class), instants().injectNull(0.5),
                instants().injectNull(0.5), instants().injectNull(0.5)).as(ReferralAnswer::new);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_700_000_000L, 1_700_000_100L).map(Instant::ofEpochSecond);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
