package nova.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.SyncConflict;
import nova.sync.domain.SyncState;
import nova.sync.domain.SyncStatus;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's view model, without the toolkit: executors run on the calling thread. */
class SyncStatusViewModelTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dir;

    @Test
    void statusLinesSayStatePendingConflictsAndLastSuccessInFrench() {
        Instant at = Instant.parse("2026-11-21T09:42:00Z");
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 21);
        assertEquals("En ligne · Dernière synchro 10:42",
                SyncStatusText.of(SyncStatus.initial(SyncState.HORS_LIGNE).withSuccess(at), ALGIERS, today));
        assertEquals("Hors ligne · 3 en attente · Dernière synchro 10:42",
                SyncStatusText.of(SyncStatus.initial(SyncState.HORS_LIGNE).withSuccess(at).withCounts(3, 0, 0)
                        .withError(SyncState.HORS_LIGNE, "Connexion au hub perdue"), ALGIERS, today));
        assertEquals("Hors ligne · Dernière synchro 21/11 10:42", SyncStatusText.of(
                SyncStatus.initial(SyncState.HORS_LIGNE, at), ALGIERS, today.plusDays(2)),
                "a success remembered from an earlier day shows its date");
        assertEquals("Synchronisation… 40/200 · 2 à résoudre",
                SyncStatusText.of(new SyncStatus(SyncState.SYNCHRONISATION, 0, 0, 2, null, null, 40, 200), ALGIERS));
        assertEquals("sync-error", SyncStatusText.dotClass(SyncState.ERREUR));
    }

    @Test
    void theViewModelFollowsTheServiceAndSyncNowGoesToTheWorker() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (Workstation workstation = TestStores.login(dir)) {
            AtomicInteger syncRequests = new AtomicInteger();
            SyncStatusViewModel model = new SyncStatusViewModel(workstation.sync(),
                    new WorkstationDesk(workstation).names(), Runnable::run, Runnable::run,
                    syncRequests::incrementAndGet, ALGIERS);
            assertEquals(SyncState.NON_CONFIGURE, model.stateProperty().get());
            long queuedBySetup = model.pendingProperty().get(); // the clinic and its resources, for the hub
            workstation.patients().create(new NewPatient("TALEB", "Sara", Sex.FEMALE, 1990, null, null, null, null));
            workstation.sync().refreshCounts();
            assertEquals(queuedBySetup + 1, model.pendingProperty().get());
            assertEquals("Synchronisation non configurée", model.textProperty().get(),
                    "a desk without a hub does not show its kept changes as pending");
            assertEquals(-1, model.progressProperty().get());
            model.syncNow();
            assertEquals(1, syncRequests.get());
            model.reloadLists();
            assertEquals(0, model.conflicts().size());
        }
    }
}
