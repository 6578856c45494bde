package nova.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nova.app.Workstation;
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
            SyncStatusViewModel model = new SyncStatusViewModel(workstation.sync(), Runnable::run, Runnable::run,
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

    @Test
    void conflictSidesReadAsFrenchLines() {
        SyncConflict conflict = new SyncConflict(UUID.randomUUID(), ConflictKind.FIELD, "appointment",
                UUID.randomUUID(), null, "notes", "\"Douleur molaire 36\"", "\"Allergie pénicilline\"",
                "{\"start_at\":\"2026-12-06T08:00:00Z\",\"status\":\"BOOKED\",\"notes\":\"Douleur molaire 36\"}",
                "{\"start_at\":\"2026-12-06T08:00:00Z\",\"status\":\"CONFIRMED\"}", Instant.now(), SyncConflict.OPEN,
                null);
        String local = ConflictVersionText.local(conflict, ALGIERS);
        String remote = ConflictVersionText.remote(conflict, ALGIERS);
        assertTrue(local.startsWith("Notes : Douleur molaire 36"), local);
        assertTrue(local.contains("Début : 06/12/2026 09:00"), local);
        assertEquals(1, local.split("Notes :", -1).length - 1, "the field in conflict once: " + local);
        assertTrue(remote.contains("Statut : Confirmé"), remote);
        assertEquals("« Notes » modifié sur ce poste et sur le serveur (rendez-vous)",
                ConflictVersionText.title(conflict));
    }

    @Test
    void aConsultationConflictShowsItsListsAsLinesAndItsConstantsInUnits() {
        String localPrescriptions = "[{\\\"medication\\\":\\\"Paracétamol 1 g\\\",\\\"dosage\\\":\\\"1 cp si douleur\\\","
                + "\\\"days\\\":3}]";
        SyncConflict conflict = new SyncConflict(UUID.randomUUID(), ConflictKind.FIELD, "consultation",
                UUID.randomUUID(), null, "prescription", "\"" + localPrescriptions + "\"", "\"[]\"",
                "{\"reason\":\"Douleur 36\",\"temperature_tenths\":372,\"weight_tenths_kg\":655}",
                "{\"reason\":\"Douleur 36\",\"temperature_tenths\":380}", Instant.now(), SyncConflict.OPEN, null);

        String local = ConflictVersionText.local(conflict, ALGIERS);
        String remote = ConflictVersionText.remote(conflict, ALGIERS);

        assertTrue(local.startsWith("Ordonnance : \n  – Paracétamol 1 g · 1 cp si douleur · 3"), local);
        assertTrue(local.contains("Température (°C) : 37,2"), local);
        assertTrue(local.contains("Poids (kg) : 65,5"), local);
        assertTrue(remote.startsWith("Ordonnance : —"), remote);
        assertTrue(remote.contains("Température (°C) : 38,0"), remote);
    }
}
