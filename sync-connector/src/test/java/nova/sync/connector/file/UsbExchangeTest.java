package nova.sync.connector.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic without network: export to a stick, import at the district into a real hub, reply, import back. */
class UsbExchangeTest {

    private static TestHub hub;
    private static String site;
    private static final char[] SECRET = "phrase secrète du cscom de Kita".toCharArray();
    private final HubBundleExchange district = new HubBundleExchange(new BundleFiles());

    @BeforeAll
    static void hubWithOneSite() {
        hub = HubTestServer.newHub();
        site = hub.newSite("kita");
    }

    @Test
    void roundTripThroughAStickAppliesOnceAndBringsBackTheHubsChangesAndVerdicts(@TempDir Path stick) {
        // Another workstation of the site, online, wrote something the clinic has not seen.
        ChangeRecord fromOnline = Changes.newPatient(site, "en-ligne", 99);
        try (PostgresSyncConnector online = hub.connect(site, "en-ligne")) {
            online.push(List.of(fromOnline));
        }
        List<ChangeRecord> outgoing = Changes.newPatients(site, "P1", 12);
        try (SyncConnector clinic = SyncConnectors.open(stick.toUri(), clinicCredentials())) {
            List<PushResult> staged = clinic.push(outgoing);
            assertTrue(staged.stream().allMatch(r -> r.status() == PushStatus.STAGED));
        }
        Path exported = onlyBundle(stick, BundleDirection.TO_HUB);

        HubBundleExchange.Outcome outcome;
        try (PostgresSyncConnector hubSide = hub.connect(site, "district")) {
            outcome = district.importBundle(exported, site, SECRET.clone(), hubSide, stick);
            assertTrue(outcome.verdicts().stream().allMatch(r -> r.status() == PushStatus.APPLIED));
            // The same stick imported twice: idempotent.
            HubBundleExchange.Outcome again = district.importBundle(exported, site, SECRET.clone(), hubSide, stick);
            assertTrue(again.verdicts().stream().allMatch(r -> r.status() == PushStatus.DUPLICATE));
        }
        assertEquals(outgoing.size(), hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE origin_workstation = 'P1'"));

        try (SyncConnector clinic = SyncConnectors.open(stick.toUri(), clinicCredentials())) {
            Set<UUID> pulled = pullAll(clinic);
            assertTrue(pulled.contains(fromOnline.idempotencyKey()));
            assertTrue(pulled.containsAll(outgoing.stream().map(ChangeRecord::idempotencyKey).toList()));
            Set<UUID> verdictKeys = clinic.lateVerdicts().stream().filter(PushResult::acknowledged)
                    .map(PushResult::idempotencyKey).collect(Collectors.toSet());
            assertTrue(verdictKeys.containsAll(outgoing.stream().map(ChangeRecord::idempotencyKey).toList()));
        }
    }

    @Test
    void aTamperedBundleImportsNothingAndSaysWhyInFrench(@TempDir Path stick) throws IOException {
        List<ChangeRecord> outgoing = Changes.newPatients(site, "P2", 5);
        try (SyncConnector clinic = SyncConnectors.open(stick.toUri(), clinicCredentials())) {
            clinic.push(outgoing);
        }
        Path exported = onlyBundle(stick, BundleDirection.TO_HUB);
        byte[] bytes = Files.readAllBytes(exported);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(exported, bytes);
        try (PostgresSyncConnector hubSide = hub.connect(site, "district")) {
            BundleException error = assertThrows(BundleException.class,
                    () -> district.importBundle(exported, site, SECRET.clone(), hubSide, stick));
            assertEquals(BundleCipher.TAMPERED, error.getMessage());
        }
        assertEquals(0, hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE origin_workstation = 'P2'"));
    }

    @Test
    void aBundleSealedWithAnotherSecretOrForAnotherSiteImportsNothing(@TempDir Path stick) {
        try (SyncConnector clinic = SyncConnectors.open(stick.toUri(),
                SyncCredentials.bundleSecret(site, "P3", "une autre phrase".toCharArray()))) {
            clinic.push(Changes.newPatients(site, "P3", 3));
        }
        Path exported = onlyBundle(stick, BundleDirection.TO_HUB);
        try (PostgresSyncConnector hubSide = hub.connect(site, "district")) {
            assertThrows(BundleException.class,
                    () -> district.importBundle(exported, site, SECRET.clone(), hubSide, stick));
            String otherSite = hub.newSite("bafoulabe");
            BundleException wrongSite = assertThrows(BundleException.class,
                    () -> district.importBundle(exported, otherSite, "une autre phrase".toCharArray(), hubSide, stick));
            assertTrue(wrongSite.getMessage().contains("rien n'a été importé"), wrongSite.getMessage());
        }
        assertEquals(0, hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE origin_workstation = 'P3'"));
    }

    private static SyncCredentials clinicCredentials() {
        return SyncCredentials.bundleSecret(site, "P1", SECRET.clone());
    }

    private static Set<UUID> pullAll(SyncConnector connector) {
        Set<UUID> keys = new java.util.HashSet<>();
        SyncCursor cursor = SyncCursor.START;
        PullPage page;
        do {
            page = connector.pull(cursor, 5);
            page.changes().forEach(change -> {
                assertEquals(site, change.siteId());
                assertTrue(keys.add(change.idempotencyKey()), "pulled twice");
            });
            cursor = page.nextCursor();
        } while (page.hasMore());
        assertFalse(connector.pull(cursor, 5).hasMore());
        return keys;
    }

    private static Path onlyBundle(Path stick, BundleDirection direction) {
        List<Path> bundles = new BundleFiles().list(stick, site, direction);
        assertEquals(1, bundles.size(), bundles.toString());
        return bundles.getFirst();
    }
}
