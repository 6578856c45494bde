package nova.referral.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nova.app.Workstation;
import nova.common.ValidationException;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralProgress;
import nova.referral.store.ReferralEntity;
import nova.referral.store.ReferralStatusEntity;
import nova.sync.connector.HubSite;
import nova.sync.store.HubSiteRows;
import nova.sync.store.LocalTransactions;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The received list on a store that syncs as « csref-kati », its rows written as the pull would have. */
class ReferralInboxTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theListKeepsWhatIsStillToHandleAndTwoMonthsOfTheRest() throws Exception {
        TestStores.create(dir, "cscom-mali", false);
        try (Workstation csref = TestStores.login(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
            csref.sync().settings().configure("jdbc:postgresql://127.0.0.1:1/nova", "csref-kati", null,
                    "x".toCharArray(), "y".toCharArray(), true);
            UUID recent = received(csref, "RECENT", "csref-kati", 3, null);
            UUID oldOpen = received(csref, "ANCIEN", "csref-kati", 100, ReferralProgress.RECEIVED);
            received(csref, "TRAITE", "csref-kati", 100, ReferralProgress.HANDLED);
            UUID recentHandled = received(csref, "TRAITE-RECENT", "csref-kati", 10, ReferralProgress.HANDLED);
            UUID elsewhere = received(csref, "AILLEURS", "csref-autre", 1, null);

            List<ReceivedReferral> list = csref.referrals().received();
            assertEquals(List.of(recent, recentHandled, oldOpen), list.stream().map(ReceivedReferral::id).toList(),
                    "most recent first; an old referral still to handle stays, an old handled one goes");
            assertEquals(ReferralProgress.RECEIVED, list.get(2).progress());
            assertThrows(ValidationException.class, () -> csref.referrals().open(elsewhere),
                    "a referral addressed to another site is not this site's to open");
        }
    }

    @Test
    void theSenderIsNamedByTheDirectoryEvenOnceRemovedFromTheHub() throws Exception {
        TestStores.create(dir, "cscom-mali", false);
        try (Workstation csref = TestStores.login(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
            csref.sync().settings().configure("jdbc:postgresql://127.0.0.1:1/nova", "csref-kati", null,
                    "x".toCharArray(), "y".toCharArray(), true);
            received(csref, "TRAORÉ", "csref-kati", 1, null);
            assertEquals("CSCOM de Kalaban", csref.referrals().received().getFirst().fromSite(),
                    "no directory yet: the name the referral carried");
            directory(csref, List.of(new HubSite("cscom-kalaban", "CSCOM de Kalaban Coro", null)));
            assertEquals("CSCOM de Kalaban Coro", csref.referrals().received().getFirst().fromSite(),
                    "renamed on the hub");
            directory(csref, List.of());
            assertEquals(List.of(), csref.siteDirectory().sites(), "removed: no longer a destination");
            assertEquals("CSCOM de Kalaban Coro", csref.referrals().received().getFirst().fromSite(),
                    "removed: its last known name");

            UUID nameless = UUID.randomUUID();
            csref.database().runInTransaction(session -> {
                ReferralEntity referral = new ReferralEntity(nameless, csref.clinic().siteId(), NOW, "cscom-x",
                        "csref-kati");
                referral.fill(null, null, null, nova.consultation.domain.ReferralUrgency.ROUTINE, "Motif", "SANS",
                        null, "FEMALE", null, 1990, null, null, nova.consultation.domain.Vitals.NONE);
                session.persist(referral);
            });
            assertEquals(ReferralInbox.UNNAMED_SITE, csref.referrals().received().stream()
                    .filter(r -> r.id().equals(nameless)).findFirst().orElseThrow().fromSite(), "never a bare id");
        }
    }

    private static void directory(Workstation workstation, List<HubSite> sites) {
        new LocalTransactions(workstation.database()).inTransaction(tx -> {
            new HubSiteRows().refresh(tx.connection(), sites, NOW);
            return null;
        });
    }

    private static UUID received(Workstation workstation, String name, String target, int daysAgo,
                                 ReferralProgress step) {
        UUID id = UUID.randomUUID();
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        workstation.database().runInTransaction(session -> {
            ReferralEntity referral = new ReferralEntity(id, workstation.clinic().siteId(), at, "cscom-kalaban",
                    target);
            referral.fill("CSCOM de Kalaban", "CSRéf", "Dr Traoré", nova.consultation.domain.ReferralUrgency.ROUTINE,
                    "Motif", name, "Awa", "FEMALE", null, 1990, null, null, nova.consultation.domain.Vitals.NONE);
            session.persist(referral);
            if (step != null) {
                ReferralStatusEntity status = new ReferralStatusEntity(id, workstation.clinic().siteId(), at,
                        "cscom-kalaban");
                status.advance(step, at);
                session.persist(status);
            }
        });
        return id;
    }
}
