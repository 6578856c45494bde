package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.patient.domain.PatientSummary;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.SyncReport;
import nova.sync.domain.SyncState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two desks of one clinic and a desk of another site, each with a real encrypted store, on one real hub. */
class TwoWorkstationSyncTest {

    private static TestHub hub;

    @TempDir
    Path temp;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void anAppointmentBookedOnOneDeskAppearsOnTheOtherAndNeverOnAnotherSite() throws Exception {
        String site = hub.newSite("alger");
        String otherSite = hub.newSite("bamako");
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Path dirC = temp.resolve("c");
        Desk.createStore(dirA);
        Desk.copyStore(dirA, dirB);
        Desk.createStore(dirC);
        try (Desk a = Desk.openPublished(dirA, hub, site, Clock.systemUTC());
             Desk b = Desk.openPublished(dirB, hub, site, Clock.systemUTC());
             Desk c = Desk.openPublished(dirC, hub, otherSite, Clock.systemUTC())) {
            b.sync().settings().renewWorkstationId();
            PatientSummary patient = a.newPatient("BENALI");
            ZonedDateTime start = Desk.nextSundayAt(0, LocalTime.of(9, 0));
            AppointmentView booked = a.book(patient.id(), start, null);
            PatientSummary foreign = c.newPatient("TRAORE");
            c.book(foreign.id(), start, null);

            SyncReport fromA = a.synchronise();
            assertEquals(2, fromA.pushed());
            assertEquals(0, a.waiting(), "the outbox drains");
            c.synchronise();
            SyncReport toB = b.synchronise();
            assertEquals(2, toB.applied());

            assertTrue(b.agendaOf(start).stream().anyMatch(v -> v.id().equals(booked.id())
                    && v.patientName().contains("BENALI")), "B's agenda shows A's booking");
            assertEquals(SyncState.EN_LIGNE, b.sync().status().state());
            assertFalse(b.localState("patient").containsKey(foreign.id()), "no row of another site on B");
            assertFalse(a.localState("appointment").keySet().stream().anyMatch(id ->
                    c.localState("appointment").containsKey(id)), "no row of another site on A");
            a.synchronise();
            assertEquals(1, c.localState("appointment").size(), "C holds only its own appointment");

            String hubPatients = Desk.checksum(Desk.canonicalState(hub.state(site, "patient")));
            String hubAppointments = Desk.checksum(Desk.canonicalState(hub.state(site, "appointment")));
            for (Desk desk : new Desk[]{a, b}) {
                assertEquals(hubPatients, Desk.checksum(desk.localState("patient")));
                assertEquals(hubAppointments, Desk.checksum(desk.localState("appointment")));
            }
            assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE entity = 'appointment'"
                    + " AND site_id = ?", site));
        }
    }

    @Test
    void offlineEditsOnBothDesksHealToTheHubsView() throws Exception {
        String site = hub.newSite("alger");
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Desk.createStore(dirA);
        Desk.copyStore(dirA, dirB);
        try (Desk a = Desk.openPublished(dirA, hub, site, Clock.systemUTC());
             Desk b = Desk.openPublished(dirB, hub, site, Clock.systemUTC())) {
            b.sync().settings().renewWorkstationId();
            PatientSummary patient = a.newPatient("HADDAD");
            AppointmentView first = a.book(patient.id(), Desk.nextSundayAt(0, LocalTime.of(9, 0)), "Contrôle");
            AppointmentView second = a.book(patient.id(), Desk.nextSundayAt(0, LocalTime.of(11, 0)), null);
            a.synchronise();
            b.synchronise();

            // Offline: A confirms the first and reschedules the second; B cancels the second and edits notes.
            a.editAppointment(first.id(), e -> e.changeStatus(AppointmentStatus.CONFIRMED, null, a.clock.instant()));
            a.editAppointment(second.id(), e -> e.moveTo(e.getChairId(), e.getPractitionerId(),
                    e.getStart().plusSeconds(1800), e.getEnd().plusSeconds(1800), a.clock.instant()));
            b.editAppointment(second.id(), e -> e.changeStatus(AppointmentStatus.CANCELLED, "Patient absent",
                    b.clock.instant()));
            b.setAppointmentField(first.id(), "notes", "Contrôle + détartrage");
            assertEquals(2, a.waiting());
            assertEquals(2, b.waiting());

            a.synchronise();
            SyncReport fromB = b.synchronise();
            assertTrue(fromB.applied() + fromB.conflictsMerged() > 0);
            a.synchronise();

            assertEquals(0, a.waiting());
            assertEquals(0, b.waiting());
            Map<java.util.UUID, String> hubState = Desk.canonicalState(hub.state(site, "appointment"));
            assertEquals(Desk.checksum(hubState), Desk.checksum(a.localState("appointment")));
            assertEquals(Desk.checksum(hubState), Desk.checksum(b.localState("appointment")));
            // Different fields merged: A's move and B's cancellation both survive; A's confirmation and B's notes too.
            var merged = a.appointment(second.id());
            assertEquals(AppointmentStatus.CANCELLED, merged.getStatus());
            assertEquals(second.start().toInstant().plusSeconds(1800), merged.getStart());
            var firstMerged = b.appointment(first.id());
            assertEquals(AppointmentStatus.CONFIRMED, firstMerged.getStatus());
            assertEquals("Contrôle + détartrage", firstMerged.getNotes());
        }
    }

    @Test
    void aLargeBacklogPushedWhileThePullRunsAlongsideHealsToTheHubsView() throws Exception {
        String site = hub.newSite("kati");
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Desk.createStore(dirA);
        Desk.copyStore(dirA, dirB);
        try (Desk a = Desk.open(dirA, hub, site, Clock.systemUTC());
             Desk b = Desk.open(dirB, hub, site, Clock.systemUTC())) {
            b.sync().settings().renewWorkstationId();
            PatientSummary patient = a.newPatient("KEITA");
            AppointmentView visit = a.book(patient.id(), Desk.nextSundayAt(0, LocalTime.of(10, 0)), null);
            a.synchronise();
            b.synchronise();

            // B edits the visit and adds patients; A, offline for a day, confirms the same visit and registers
            // 60 patients: its push is large enough for the connector to pull alongside it (decision 0160), so
            // A's first page shows the hub before its push, B's edit included.
            b.setAppointmentField(visit.id(), "notes", "Vaccin");
            for (int i = 0; i < 10; i++) {
                b.newPatient("DIARRA" + i);
            }
            b.synchronise();
            a.editAppointment(visit.id(), e -> e.changeStatus(AppointmentStatus.CONFIRMED, null, a.clock.instant()));
            for (int i = 0; i < 60; i++) {
                a.newPatient("COULIBALY" + i);
            }
            assertEquals(61, a.waiting());

            a.synchronise();
            a.synchronise();
            b.synchronise();

            assertEquals(0, a.waiting());
            assertEquals(0, b.waiting());
            assertEquals(71, hub.state(site, "patient").size());
            for (String entity : new String[]{"patient", "appointment"}) {
                String hubState = Desk.checksum(Desk.canonicalState(hub.state(site, entity)));
                assertEquals(hubState, Desk.checksum(a.localState(entity)), entity + " on A");
                assertEquals(hubState, Desk.checksum(b.localState(entity)), entity + " on B");
            }
            assertEquals(AppointmentStatus.CONFIRMED, b.appointment(visit.id()).getStatus());
            assertEquals("Vaccin", a.appointment(visit.id()).getNotes());
        }
    }

}
