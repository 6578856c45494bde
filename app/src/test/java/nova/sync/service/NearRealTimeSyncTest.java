package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nova.agenda.domain.AppointmentView;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both desks online with their background workers: a booking on one shows on the other within 2 s. */
class NearRealTimeSyncTest {

    @TempDir
    Path temp;

    @Test
    void aNewAppointmentReachesTheOtherDeskWithinTwoSecondsThroughTheHint() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("direct");
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        Desk.createStore(dirA);
        Desk.copyStore(dirA, dirB);
        try (Desk a = Desk.openPublished(dirA, hub, site, Clock.systemUTC());
             Desk b = Desk.openPublished(dirB, hub, site, Clock.systemUTC())) {
            b.sync().settings().renewWorkstationId();
            var patient = a.newPatient("OUALI");
            a.synchronise();
            b.synchronise();
            a.workstation.syncWorker().start();
            b.workstation.syncWorker().start();
            awaitOnline(a);
            awaitOnline(b);
            Thread.sleep(700); // the hint's LISTEN connection opens beside the first round

            CountDownLatch seen = new CountDownLatch(1);
            ZonedDateTime start = Desk.nextSundayAt(0, LocalTime.of(15, 0));
            b.sync().addDataChangedListener(entities -> {
                if (entities.contains("appointment") && !b.agendaOf(start).isEmpty()) {
                    seen.countDown();
                }
            });
            long before = System.nanoTime();
            AppointmentView booked = a.book(patient.id(), start, null);
            boolean arrived = seen.await(2, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - before) / 1_000_000;
            System.out.println("near-real-time: booking on A visible on B after " + millis + " ms");
            assertTrue(arrived, "B did not show the booking within 2 s");
            assertEquals(booked.id(), b.agendaOf(start).getFirst().id());
            assertEquals(0, a.waiting());
        }
    }

    private static void awaitOnline(Desk desk) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (desk.sync().status().state() != SyncState.EN_LIGNE && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(SyncState.EN_LIGNE, desk.sync().status().state());
    }
}
