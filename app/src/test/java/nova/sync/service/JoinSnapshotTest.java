package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.AppointmentView;
import nova.clinic.service.JoinRequest;
import nova.clinic.service.JoinResult;
import nova.clinic.service.JoinSiteService;
import nova.patient.domain.PatientSummary;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.SyncReport;
import nova.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk joining after many edits of the same records receives each record once, from the hub's snapshot
 * (decision 0181), and its next synchronisation brings only what changed after it.
 */
class JoinSnapshotTest {

    private static TestHub hub;

    @TempDir
    Path temp;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void aDeskJoiningAfterManyEditsReceivesOneRowPerRecordAndThenOnlyLaterChanges() throws Exception {
        String site = hub.newSite("bamako");
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Desk.createStore(dirA);
        try (Desk a = Desk.openPublished(dirA, hub, site, Clock.systemUTC())) {
            List<UUID> appointments = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                PatientSummary patient = a.newPatient("TRAORE" + (char) ('A' + i));
                AppointmentView booked = a.book(patient.id(), Desk.nextSundayAt(i, LocalTime.of(9, 0)), "note 0");
                appointments.add(booked.id());
            }
            a.synchronise();
            for (int edit = 1; edit <= 4; edit++) {
                for (UUID appointment : appointments) {
                    a.setAppointmentField(appointment, "notes", "note " + edit);
                }
                assertEquals(appointments.size(), a.synchronise().pushed());
            }
            long ledgerRows = hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE site_id = ?", site);
            long records = hub.adminCount("SELECT count(*) FROM nova_hub.entity_state WHERE site_id = ? AND NOT deleted", site);
            assertTrue(ledgerRows >= records + 4L * appointments.size(), "the scenario needs a history longer than the state");

            JoinResult joined = new JoinSiteService(Clock.systemUTC(), TestStores.keyWrapping()).join(dirB,
                    new JoinRequest(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(), true,
                            TestStores.ADMIN, TestStores.PASSWORD.toCharArray()), SyncProgress.NONE);
            assertEquals(records, joined.recordsReceived(), "one row per record, not one per version");

            try (Desk b = Desk.open(dirB, hub, site, Clock.systemUTC())) {
                b.assertSameAsHub(hub, "appointment");
                b.assertSameAsHub(hub, "patient");
                assertEquals("note 4", b.appointment(appointments.getFirst()).getNotes());

                a.setAppointmentField(appointments.getFirst(), "notes", "note 5");
                assertEquals(1, a.synchronise().pushed());
                SyncReport toB = b.synchronise();
                assertEquals(1, toB.pulled(), "only the change made after the join");
                assertEquals(1, toB.applied());
                assertEquals("note 5", b.appointment(appointments.getFirst()).getNotes());
                b.assertSameAsHub(hub, "appointment");
            }
        }
    }
}
