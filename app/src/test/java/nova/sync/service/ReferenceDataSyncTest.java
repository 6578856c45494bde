package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.WaitlistLine;
import nova.agenda.domain.WaitlistStatus;
import nova.agenda.domain.WaitlistWish;
import nova.clinic.domain.Practitioner;
import nova.clinic.service.JoinRequest;
import nova.clinic.service.JoinResult;
import nova.clinic.service.JoinSiteService;
import nova.clinic.store.PractitionerEntity;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.patient.domain.PatientSummary;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.ReferenceKind;
import nova.sync.domain.SyncReport;
import nova.sync.store.LocalTransactions;
import nova.sync.store.OutboxRow;
import nova.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Desks of one clinic share its reference data through a real hub: a desk joined from the hub (never copied from
 * another desk's store) receives the clinic, and then every practitioner, blockout and waitlist entry made on
 * the first desk; another site's rows reach neither; replaying the hub changes nothing.
 */
class ReferenceDataSyncTest {

    private static TestHub hub;

    @TempDir
    Path temp;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    static JoinResult join(Path dir, String site) {
        return new JoinSiteService(Clock.systemUTC(), TestStores.keyWrapping()).join(dir,
                new JoinRequest(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(), true,
                        TestStores.ADMIN, TestStores.PASSWORD.toCharArray()), SyncProgress.NONE);
    }

    @Test
    void aDeskJoinedFromTheHubSeesThePractitionerBlockoutAndWaitlistEntryOfTheFirstDesk() throws Exception {
        String site = hub.newSite("alger");
        String otherSite = hub.newSite("kita");
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Path dirC = temp.resolve("c");
        Desk.createStore(dirA);
        Desk.createStore(dirC);
        try (Desk a = Desk.open(dirA, hub, site, Clock.systemUTC());
             Desk c = Desk.open(dirC, hub, otherSite, Clock.systemUTC())) {
            // The setup wrote the clinic and its resources to the outbox, with the rows.
            long referenceEntries = a.waiting();
            assertEquals(1 + a.workstation.clinic().chairs().size() + a.workstation.clinic().practitioners().size()
                    + a.workstation.clinic().careTypes().size(), referenceEntries);
            assertEquals(referenceEntries, a.synchronise().pushed());
            c.synchronise();

            JoinResult joined = join(dirB, site);
            assertEquals(a.workstation.clinic().profile().name(), joined.clinicName());
            assertEquals(a.workstation.clinic().practitioners().size(), joined.practitioners());
            assertTrue(Files.exists(new nova.store.StoreLayout(dirB).clinicCard()), "clinic.json written");

            try (Desk b = Desk.open(dirB, hub, site, Clock.systemUTC())) {
                assertNotEquals(a.sync().settings().workstationId(), b.sync().settings().workstationId());
                assertEquals(a.workstation.clinic().siteId(), b.workstation.clinic().siteId(),
                        "B takes the clinic's local site id from the hub");
                assertEquals(a.workstation.clinic().chairs(), b.workstation.clinic().chairs());
                assertEquals(a.workstation.clinic().careTypes(), b.workstation.clinic().careTypes());
                assertEquals(0, b.waiting(), "a joined desk has nothing of its own to send");

                // Desk A: a new practitioner (as the admin screens will: the row, then the hook), a blockout on
                // a chair, a waitlist entry for a new patient.
                UUID practitionerId = Ids.newId();
                a.workstation.database().runInTransaction(session -> {
                    session.persist(new PractitionerEntity(practitionerId, a.workstation.clinic().siteId(),
                            a.clock.instant(), "Dr Yasmine HADDAD", "Orthodontie", 9));
                    a.workstation.referenceOutbox().changed(session, ReferenceKind.PRACTITIONER, practitionerId);
                });
                a.workstation.clinic().reload();
                ZonedDateTime sunday = Desk.nextSundayAt(0, LocalTime.of(9, 0));
                UUID chair = a.workstation.clinic().chairs().getFirst().id();
                Blockout blockout = a.workstation.agenda().addBlockout(new Blockout(Ids.newId(), chair,
                        sunday.toInstant(), sunday.plusHours(3).toInstant(), "Réparation du fauteuil"));
                PatientSummary patient = a.newPatient("BENALI");
                WaitlistLine entry = a.workstation.waitlist().add(new WaitlistWish(patient.id(),
                        a.workstation.clinic().careTypes().getFirst().code(), practitionerId,
                        Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), null, null, null, "Le matin si possible"));
                assertEquals(4, a.waiting(), "each change is in the outbox as soon as it is written");

                assertEquals(4, a.synchronise().pushed());
                SyncReport toB = b.synchronise();
                assertEquals(4, toB.applied());
                assertEquals(0, toB.parked());

                assertTrue(b.workstation.clinic().practitioners().stream().map(Practitioner::displayName)
                        .anyMatch("Dr Yasmine HADDAD"::equals), "B's clinic snapshot has the new practitioner");
                List<Blockout> blockouts = b.workstation.agenda().blockouts(sunday.toLocalDate(),
                        sunday.toLocalDate().plusDays(1));
                assertEquals(List.of(blockout), blockouts, "B's agenda has the blockout");
                List<WaitlistLine> waiting = b.workstation.waitlist().waiting();
                assertEquals(1, waiting.size());
                assertEquals(entry.entry().id(), waiting.getFirst().entry().id());
                assertEquals(entry.wish(), waiting.getFirst().wish());
                assertTrue(waiting.getFirst().entry().patientName().contains("BENALI"));

                // Back the other way: B takes the patient off the list and removes the blockout.
                b.workstation.waitlist().remove(entry.entry().id());
                b.workstation.agenda().removeBlockout(blockout.id());
                assertEquals(2, b.synchronise().pushed());
                assertTrue(a.synchronise().applied() >= 2);
                assertTrue(a.workstation.waitlist().waiting().isEmpty());
                assertTrue(a.workstation.agenda().blockouts(sunday.toLocalDate(), sunday.toLocalDate().plusDays(1))
                        .isEmpty());

                // Both desks hold exactly the hub's view of every reference kind; the other site's rows reach
                // neither, and theirs never reach it.
                c.synchronise();
                for (ReferenceKind kind : ReferenceKind.values()) {
                    Map<UUID, String> onHub = Desk.canonicalState(hub.state(site, kind.entity()));
                    assertEquals(onHub, rows(a, kind), kind + " on A");
                    assertEquals(onHub, rows(b, kind), kind + " on B");
                    for (UUID foreign : hub.state(otherSite, kind.entity()).keySet()) {
                        assertFalse(rows(a, kind).containsKey(foreign) || rows(b, kind).containsKey(foreign),
                                "a row of another site on A or B: " + kind);
                    }
                    for (UUID own : onHub.keySet()) {
                        assertFalse(rows(c, kind).containsKey(own), "a row of A's site on C: " + kind);
                    }
                }
                assertEquals(a.workstation.clinic().practitioners().size() + 0L,
                        hub.state(site, "practitioner").size());

                // Replays: the whole ledger pulled again from the start changes nothing.
                Map<String, Map<UUID, String>> before = allRows(b);
                new LocalTransactions(b.workstation.database()).inTransaction(tx ->
                        tx.connection().createStatement().executeUpdate("DELETE FROM sync_state"));
                SyncReport replay = b.synchronise();
                assertEquals(0, replay.applied(), "a replayed ledger applies nothing");
                assertTrue(replay.pulled() > 0);
                assertEquals(before, allRows(b));
                assertEquals(0, b.outboxCount(OutboxRow.PENDING, OutboxRow.REJECTED));
            }
        }
    }

    @Test
    void theAdminSettingsOfOneDeskReachTheOtherDeskAndItsBookingRules() throws Exception {
        String site = hub.newSite("settings");
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Desk.createStore(dirA);
        try (Desk a = Desk.open(dirA, hub, site, Clock.systemUTC())) {
            a.synchronise();
            join(dirB, site);
            try (Desk b = Desk.open(dirB, hub, site, Clock.systemUTC())) {
                // Desk A's admin: a practitioner who works Sunday and Monday mornings only, a new care type, and
                // the annual closure.
                var practitioner = a.workstation.clinic().practitioners().getFirst();
                nova.clinic.domain.ResourceHours mornings = new nova.clinic.domain.ResourceHours(
                        Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(12, 0),
                        null, null);
                a.workstation.clinicSettings().editPractitioner(practitioner.id(), practitioner.displayName(),
                        null, mornings);
                String careType = a.workstation.clinicSettings().addCareType("Blanchiment", 40, "#AA33CC");
                java.time.LocalDate closureStart = Desk.nextSundayAt(2, LocalTime.of(9, 0)).toLocalDate();
                UUID closure = a.workstation.clinicSettings().addClosing(closureStart, closureStart.plusDays(6),
                        "Fermeture annuelle");
                assertEquals(3, a.waiting(), "each admin change is in the outbox with it");
                assertEquals(3, a.synchronise().pushed());

                SyncReport toB = b.synchronise();
                assertEquals(3, toB.applied());
                assertEquals(mornings, b.workstation.clinic().ownHours().get(practitioner.id()));
                assertTrue(b.workstation.clinic().careTypes().stream().anyMatch(c -> c.code().equals(careType)));
                assertEquals(List.of(closure), b.workstation.clinic().closingPeriods().stream()
                        .map(nova.clinic.domain.ClosingPeriod::id).toList());
                // B's booking rules follow: the closure is refused with its reason.
                ZonedDateTime inClosure = Desk.nextSundayAt(2, LocalTime.of(9, 0));
                var refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                        b.workstation.agenda().book(new nova.agenda.domain.BookingRequest(
                                b.newPatient("KACI").id(), careType, practitioner.id(),
                                b.workstation.clinic().chairs().getFirst().id(), inClosure, 0, null, "test")));
                assertTrue(refused.getMessage().contains("Fermeture annuelle"), refused.getMessage());
            }
        }
    }

    @Test
    void aDeskCannotJoinASiteWhoseClinicHasNotReachedTheHubAndLeavesNothingBehind() {
        String site = hub.newSite("vide");
        Path dir = temp.resolve("joiner");
        ValidationException refused = assertThrows(ValidationException.class, () -> join(dir, site));
        assertTrue(refused.getMessage().contains("synchronisez d'abord"), refused.getMessage());
        assertFalse(new nova.store.StoreLayout(dir).storeExists(), "no half-made store");
    }

    @Test
    void theLastSuccessfulSyncIsRememberedAcrossARestartAndAStoreFromBeforeTheseKindsPublishesItsClinic()
            throws Exception {
        String site = hub.newSite("oran");
        Path dir = temp.resolve("old");
        Desk.createStore(dir);
        try (Desk desk = Desk.open(dir, hub, site, Clock.systemUTC())) {
            // As a store made before reference data synced: rows without outbox entries.
            new LocalTransactions(desk.workstation.database()).inTransaction(tx ->
                    tx.connection().createStatement().executeUpdate("DELETE FROM outbox"));
            assertEquals(0, desk.waiting());
            assertNotNull(desk.synchronise());
            assertEquals(1, hub.state(site, "clinic").size(), "the backfill published the clinic");
            assertEquals(desk.workstation.clinic().chairs().size(), hub.state(site, "chair").size());
            assertEquals(0, desk.synchronise().pushed(), "and does it once");
        }
        java.time.Instant remembered;
        try (Desk desk = Desk.open(dir, hub, site, Clock.systemUTC())) {
            remembered = desk.sync().status().lastSuccess();
            assertNotNull(remembered, "the last success survives a restart");
            assertTrue(Duration.between(remembered, java.time.Instant.now()).toMinutes() < 5);
        }
    }

    @Test
    void aDeskSetUpOnItsOwnButConfiguredWithTheSiteKeepsItsOneProfileAndSaysWhy() throws Exception {
        String site = hub.newSite("double");
        Path dirA = temp.resolve("seul-a");
        Path dirD = temp.resolve("seul-d");
        Desk.createStore(dirA);
        Desk.createStore(dirD);
        try (Desk a = Desk.openPublished(dirA, hub, site, Clock.systemUTC());
             Desk d = Desk.open(dirD, hub, site, Clock.systemUTC())) {
            d.synchronise();
            a.synchronise();
            for (Desk desk : new Desk[]{a, d}) {
                assertEquals(1, rows(desk, ReferenceKind.CLINIC).size(), "one profile per store");
                assertNotNull(desk.workstation.clinic().profile());
                assertTrue(desk.sync().recordErrors().stream().anyMatch(e -> e.entity().equals("clinic")
                        && e.reason().equals(HubChangeApplier.ANOTHER_CLINIC)), "the other profile waits, with why");
            }
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> join(temp.resolve("seul-b"), site));
            assertTrue(refused.getMessage().contains("plusieurs profils"), refused.getMessage());
        }
    }

    @Test
    void aHubNotYetUpgradedRefusesTheNewKindsAndARetryAfterItsUpgradeSendsThem() throws Exception {
        TestHub hub = HubTestServer.newHub(); // its own: this test takes a kind away for a while
        String site = hub.newSite("avant");
        Path dir = temp.resolve("avant");
        Desk.createStore(dir);
        try (Desk desk = Desk.openPublished(dir, hub, site, Clock.systemUTC())) {
            try (var admin = hub.admin(); var statement = admin.createStatement()) {
                statement.execute("DELETE FROM nova_hub.entity_kind WHERE entity = 'blockout'"); // as before V4
            }
            ZonedDateTime sunday = Desk.nextSundayAt(1, LocalTime.of(14, 0));
            try {
                desk.workstation.agenda().addBlockout(new Blockout(Ids.newId(), null, sunday.toInstant(),
                        sunday.plusHours(2).toInstant(), "Formation"));
                SyncReport refused = desk.synchronise();
                assertEquals(1, refused.rejected());
                assertTrue(desk.sync().recordErrors().getFirst().reason().contains("inconnu du hub"));
            } finally {
                try (var admin = hub.admin(); var statement = admin.createStatement()) {
                    statement.execute("INSERT INTO nova_hub.entity_kind (entity) VALUES ('blockout')");
                }
            }
            assertEquals(1, desk.sync().retryAllRefused());
            assertEquals(1, desk.synchronise().pushed());
            assertEquals(1, hub.state(site, "blockout").size());
            assertTrue(desk.sync().recordErrors().isEmpty());
        }
    }

    /** A desk's rows of one kind as the payload they sync, by id. */
    private static Map<UUID, String> rows(Desk desk, ReferenceKind kind) {
        Map<UUID, String> rows = new TreeMap<>();
        new LocalTransactions(desk.workstation.database()).inTransaction(tx -> {
            nova.sync.store.RecordRows records = new nova.sync.store.RecordRows();
            try (var query = tx.connection().prepareStatement("SELECT id FROM " + kind.table());
                 var result = query.executeQuery()) {
                while (result.next()) {
                    UUID id = result.getObject(1, UUID.class);
                    rows.put(id, Desk.canonical(records.readPayload(tx.connection(), kind.entity(), id,
                            new com.fasterxml.jackson.databind.ObjectMapper()).orElseThrow().toString()));
                }
            }
            return null;
        });
        return rows;
    }

    private static Map<String, Map<UUID, String>> allRows(Desk desk) {
        Map<String, Map<UUID, String>> all = new TreeMap<>();
        for (ReferenceKind kind : ReferenceKind.values()) {
            all.put(kind.entity(), rows(desk, kind));
        }
        all.put("patient", desk.localState("patient"));
        all.put("appointment", desk.localState("appointment"));
        return all;
    }
}
