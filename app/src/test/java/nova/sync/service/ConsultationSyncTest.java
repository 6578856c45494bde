package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Vitals;
import nova.patient.domain.PatientSummary;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.ConflictChoice;
import nova.sync.domain.SyncConflict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consultations push and pull like patients, on real stores and a real hub; clinical edits on two desks conflict. */
class ConsultationSyncTest {

    private static TestHub hub;

    @TempDir
    Path temp;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void aConsultationRecordedOnOneDeskReachesTheOtherAndClinicalEditsOnBothGoToResolve() throws Exception {
        String site = hub.newSite("consult");
        String otherSite = hub.newSite("consult-autre");
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
            PatientSummary patient = a.newPatient("MEZIANE");
            Consultation written = a.workstation.consultations().save(new ConsultationDraft(null, patient.id(),
                    null, null, null, "Douleur 36", new Vitals(new BigDecimal("37.2"), 80, null, null, null),
                    "Carie 36", List.of(new Diagnosis("K02.1", "Carie de la dentine")), List.of(),
                    List.of(new Prescription("Paracétamol 1 g", "1 cp si douleur", 3)), null));

            assertEquals(2, a.synchronise().pushed(), "the patient and the consultation");
            c.synchronise();
            b.synchronise();
            assertEquals(written, b.workstation.consultations().open(written.id()), "B reads A's consultation");
            assertEquals(1, hub.state(site, "consultation").size());
            assertTrue(c.workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "from ConsultationEntity", nova.consultation.store.ConsultationEntity.class).getResultList())
                    .isEmpty(), "no consultation of another site on C");

            a.workstation.consultations().save(withExamination(written, "Carie 36, pulpe exposée"));
            b.workstation.consultations().save(withExamination(written, "Carie 36 sans exposition pulpaire"));
            a.synchronise();
            b.synchronise();

            List<SyncConflict> open = b.sync().openConflicts();
            assertEquals(1, open.size(), "the examination changed differently on both desks");
            SyncConflict conflict = open.getFirst();
            assertEquals("consultation", conflict.entity());
            assertEquals("notes", conflict.field());
            assertEquals("\"Carie 36 sans exposition pulpaire\"", conflict.localValue());
            assertEquals("\"Carie 36, pulpe exposée\"", conflict.remoteValue());

            b.sync().resolve(conflict.id(), ConflictChoice.KEEP_LOCAL);
            b.synchronise();
            a.synchronise();
            assertEquals("Carie 36 sans exposition pulpaire",
                    a.workstation.consultations().open(written.id()).examination());
            assertFalse(b.sync().openConflicts().stream().anyMatch(SyncConflict::open));
            assertEquals(b.workstation.consultations().open(written.id()),
                    a.workstation.consultations().open(written.id()), "both desks hold the same consultation");
        }
    }

    private static ConsultationDraft withExamination(Consultation c, String examination) {
        return new ConsultationDraft(c.id(), c.patientId(), c.appointmentId(), c.practitionerId(), c.seenAt(),
                c.reason(), c.vitals(), examination, c.diagnoses(), c.procedures(), c.prescriptions(), c.referral());
    }
}
