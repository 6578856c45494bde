package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.patient.domain.PatientSummary;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.ConflictChoice;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.SyncConflict;
import nova.sync.domain.SyncRecordError;
import nova.sync.domain.SyncReport;
import nova.sync.store.CursorRow;
import nova.sync.store.LocalTransactions;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxEntryEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workstation side under crashes, clashes, poison, wrong clocks and restored backups, on a real hub. */
class SyncFaultsTest {

    private static TestHub hub;

    @TempDir
    Path temp;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    private Desk[] twoDesks(String site, Clock clockA, Clock clockB) throws Exception {
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Desk.createStore(dirA);
        Desk.copyStore(dirA, dirB);
        Desk a = Desk.openPublished(dirA, hub, site, clockA);
        Desk b = Desk.openPublished(dirB, hub, site, clockB);
        b.sync().settings().renewWorkstationId();
        return new Desk[]{a, b};
    }

    @Test
    void aCrashBetweenApplyingRowsAndSavingTheCursorReplaysWithoutApplyingAnythingTwice() throws Exception {
        String site = hub.newSite("crash");
        Desk[] desks = twoDesks(site, Clock.systemUTC(), Clock.systemUTC());
        try (Desk a = desks[0]; Desk b = desks[1]) {
            PatientSummary patient = a.newPatient("KACI");
            for (int hour = 9; hour < 12; hour++) {
                a.book(patient.id(), Desk.nextSundayAt(0, LocalTime.of(hour, 0)), null);
            }
            a.synchronise();

            SyncCursor before = b.sync().engine().cursor();
            b.sync().engine().beforeCursorSaved(() -> {
                throw new IllegalStateException("simulated crash before the cursor is saved");
            });
            assertThrows(IllegalStateException.class, b::synchronise);
            assertEquals(0, b.localState("appointment").size(), "rolled back with the cursor");
            assertEquals(before, b.sync().engine().cursor());

            b.sync().engine().beforeCursorSaved(() -> { });
            SyncReport replay = b.synchronise();
            assertEquals(4, replay.applied());
            assertEquals(3, b.localState("appointment").size());
            Map<UUID, Long> versions = rowVersions(b);

            // The whole ledger served again from the start: nothing is applied a second time.
            new LocalTransactions(b.workstation.database()).inTransaction(tx -> {
                new CursorRow().save(tx.connection(), SyncCursor.START, b.clock.instant());
                return null;
            });
            SyncReport again = b.synchronise();
            assertEquals(hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE site_id = ?", site),
                    again.pulled(), "the site's whole ledger, its clinic's reference data included");
            assertEquals(0, again.applied());
            assertEquals(versions, rowVersions(b));
        }
    }

    private static Map<UUID, Long> rowVersions(Desk desk) {
        Map<UUID, Long> versions = new java.util.TreeMap<>();
        desk.workstation.database().runInTransaction(session -> session.createSelectionQuery(
                "from AppointmentEntity", nova.agenda.store.AppointmentEntity.class).getResultList()
                .forEach(a -> versions.put(a.getId(), a.getRowVersion())));
        return versions;
    }

    @Test
    void twoAppointmentsBookedOfflineOnTheSameChairAndTimeGoToResolveWithBothKept() throws Exception {
        String site = hub.newSite("clash");
        Desk[] desks = twoDesks(site, Clock.systemUTC(), Clock.systemUTC());
        try (Desk a = desks[0]; Desk b = desks[1]) {
            ZonedDateTime start = Desk.nextSundayAt(1, LocalTime.of(10, 0));
            AppointmentView onA = a.book(a.newPatient("AMRANI").id(), start, null);
            AppointmentView onB = b.book(b.newPatient("BELKACEM").id(), start, null);
            a.synchronise();
            b.synchronise();
            a.synchronise();

            for (Desk desk : desks) {
                List<SyncConflict> open = desk.sync().openConflicts();
                assertEquals(1, open.size(), "one entry to resolve");
                assertEquals(ConflictKind.SLOT_CLASH, open.getFirst().kind());
                assertEquals(2, desk.agendaOf(start).size(), "both versions kept");
            }
            assertEquals(2, hub.adminCount("SELECT count(*) FROM nova_hub.entity_state WHERE entity = 'appointment'"
                    + " AND site_id = ?", site));

            SyncConflict onBList = b.sync().openConflicts().getFirst();
            assertEquals(onB.id(), onBList.entityId());
            assertEquals(onA.id(), onBList.otherEntityId());
            b.sync().resolve(onBList.id(), ConflictChoice.KEEP_LOCAL);
            b.synchronise();
            a.synchronise();

            assertEquals(AppointmentStatus.CANCELLED, a.appointment(onA.id()).getStatus());
            assertEquals(AppointmentStatus.BOOKED, a.appointment(onB.id()).getStatus());
            assertEquals(0, a.sync().openConflicts().size(), "settled on A by B's decision");
            assertEquals(0, b.sync().openConflicts().size());
            assertEquals(2, a.agendaOf(start).size(), "the cancelled one is still there, greyed");
            a.assertSameAsHub(hub, "appointment");
            b.assertSameAsHub(hub, "appointment");
        }
    }

    @Test
    void clinicalNotesChangedOnBothDesksAreKeptBothForAPersonToChoose() throws Exception {
        String site = hub.newSite("notes");
        Desk[] desks = twoDesks(site, Clock.systemUTC(), Clock.systemUTC());
        try (Desk a = desks[0]; Desk b = desks[1]) {
            AppointmentView booked = a.book(a.newPatient("SAIDI").id(), Desk.nextSundayAt(0, LocalTime.of(9, 0)), null);
            a.synchronise();
            b.synchronise();
            a.setAppointmentField(booked.id(), "notes", "Allergie pénicilline");
            b.setAppointmentField(booked.id(), "notes", "Douleur molaire 36");
            a.synchronise();
            b.synchronise();

            List<SyncConflict> open = b.sync().openConflicts();
            assertEquals(1, open.size());
            SyncConflict conflict = open.getFirst();
            assertEquals("notes", conflict.field());
            assertEquals("\"Douleur molaire 36\"", conflict.localValue());
            assertEquals("\"Allergie pénicilline\"", conflict.remoteValue());

            b.sync().resolve(conflict.id(), ConflictChoice.KEEP_REMOTE);
            b.synchronise();
            a.synchronise();
            assertEquals("Allergie pénicilline", a.appointment(booked.id()).getNotes());
            assertEquals("Allergie pénicilline", b.appointment(booked.id()).getNotes());
            SyncConflict settled = b.sync().openConflicts().stream().findFirst().orElse(null);
            assertEquals(null, settled);
            assertEquals(Desk.checksum(Desk.canonicalState(hub.state(site, "appointment"))),
                    Desk.checksum(b.localState("appointment")));
        }
    }

    @Test
    void aPoisonRecordIsRefusedWithAFrenchReasonAndDoesNotBlockTheRest() throws Exception {
        String site = hub.newSite("poison");
        Path dir = temp.resolve("p");
        Desk.createStore(dir);
        try (Desk a = Desk.openPublished(dir, hub, site, Clock.systemUTC())) {
            PatientSummary before = a.newPatient("AVANT");
            a.workstation.database().runInTransaction(session -> session.persist(new OutboxEntryEntity(UUID.randomUUID(),
                    "ordonnance", UUID.randomUUID(), "UPSERT", "{\"x\":1}", 0, a.clock.instant())));
            a.workstation.database().runInTransaction(session -> session.persist(new OutboxEntryEntity(UUID.randomUUID(),
                    "patient", UUID.randomUUID(), "UPSERT", "[1, 2]", 0, a.clock.instant())));
            PatientSummary after = a.newPatient("APRES");

            SyncReport report = a.synchronise();
            assertEquals(2, report.pushed());
            assertEquals(2, report.rejected());
            assertEquals(0, a.waiting());
            assertEquals(2, a.outboxCount(OutboxRow.REJECTED));
            assertEquals(2, hub.state(site, "patient").size());
            assertTrue(hub.state(site, "patient").containsKey(before.id()));
            assertTrue(hub.state(site, "patient").containsKey(after.id()));

            List<SyncRecordError> errors = a.sync().recordErrors();
            assertEquals(2, errors.size());
            assertTrue(errors.stream().anyMatch(e -> e.reason().contains("inconnu")), errors.toString());
            assertTrue(errors.stream().anyMatch(e -> e.reason().contains("objet JSON")), errors.toString());
            assertEquals(2, a.sync().status().rejected());

            assertTrue(a.sync().retry(errors.getFirst().reference()));
            assertEquals(1, a.waiting());
            SyncReport retried = a.synchronise();
            assertEquals(1, retried.rejected(), "still refused, still not blocking");
        }
    }

    @Test
    void aWorkstationClockDaysAheadDoesNotDecideWhoWins() throws Exception {
        String site = hub.newSite("horloge");
        Clock daysAhead = Clock.offset(Clock.systemUTC(), Duration.ofDays(5));
        Desk[] desks = twoDesks(site, daysAhead, Clock.systemUTC());
        try (Desk a = desks[0]; Desk b = desks[1]) {
            AppointmentView booked = a.book(a.newPatient("MEZIANE").id(), Desk.nextSundayAt(1, LocalTime.of(14, 0)), null);
            a.synchronise();
            b.synchronise();
            // B edits first in real time; A's clock says five days later; A reaches the hub first.
            b.editAppointment(booked.id(), e -> e.changeStatus(AppointmentStatus.CANCELLED, "Annulé par téléphone",
                    b.clock.instant()));
            a.editAppointment(booked.id(), e -> e.changeStatus(AppointmentStatus.CONFIRMED, null, a.clock.instant()));
            assertTrue(a.appointment(booked.id()).getUpdatedAt().isAfter(b.appointment(booked.id()).getUpdatedAt()));
            a.synchronise();
            b.synchronise();
            a.synchronise();

            // B's edit reached the hub last: it wins, whatever the clocks said.
            assertEquals(AppointmentStatus.CANCELLED, a.appointment(booked.id()).getStatus());
            assertEquals(AppointmentStatus.CANCELLED, b.appointment(booked.id()).getStatus());
            String hubState = Desk.checksum(Desk.canonicalState(hub.state(site, "appointment")));
            assertEquals(hubState, Desk.checksum(a.localState("appointment")));
            assertEquals(hubState, Desk.checksum(b.localState("appointment")));
        }
    }

    @Test
    void aWorkstationRestoredFromAnOldBackupConvergesWithoutLosingAcknowledgedWrites() throws Exception {
        String site = hub.newSite("restaure");
        Path dir = temp.resolve("r");
        Path backup = temp.resolve("backup");
        Desk.createStore(dir);
        UUID first;
        UUID second;
        UUID pendingAtBackup;
        try (Desk a = Desk.openPublished(dir, hub, site, Clock.systemUTC())) {
            first = a.newPatient("PREMIER").id();
            a.synchronise();
            pendingAtBackup = a.newPatient("ENATTENTE").id();
        }
        Desk.copyStore(dir, backup);
        try (Desk a = Desk.open(dir, hub, site, Clock.systemUTC())) {
            second = a.newPatient("SECOND").id();
            a.synchronise();
            assertEquals(0, a.waiting());
        }
        Desk.deleteStore(dir);
        Desk.copyStore(backup, dir);
        try (Desk a = Desk.open(dir, hub, site, Clock.systemUTC())) {
            assertEquals(1, a.waiting(), "the backup still holds the entry pushed after it was taken");
            UUID third = a.newPatient("TROISIEME").id();
            SyncReport report = a.synchronise();
            assertEquals(2, report.pushed(), "one duplicate, one new");
            assertEquals(0, a.waiting());
            Map<UUID, String> local = a.localState("patient");
            for (UUID id : List.of(first, second, pendingAtBackup, third)) {
                assertTrue(local.containsKey(id), "acknowledged writes are all there");
            }
            a.assertSameAsHub(hub, "patient");
            assertEquals(4, hub.ledgerRows(site, "patient", "appointment"),
                    "exactly one hub row per idempotency key");
            assertNotEquals(SyncCursor.START, a.sync().engine().cursor());
        }
    }

}
