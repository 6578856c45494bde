package nova.consultation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.app.Workstation;
import nova.common.ValidationException;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.ConsultationLine;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Procedure;
import nova.consultation.domain.Referral;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.domain.Vitals;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.security.domain.CurrentUser;
import nova.security.domain.Role;
import nova.security.service.AuditLog;
import nova.security.store.AuditEventEntity;
import nova.sync.service.OutboxWriter;
import nova.sync.store.OutboxEntryEntity;
import nova.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consultation service on a real encrypted store: validation, roles, audit, outbox, reopening. */
class ConsultationServiceTest {

    @TempDir
    static Path dir;
    private static Workstation workstation;
    private static PatientSummary patient;
    private static final Clock clock = Clock.systemUTC();
    private static int nextSlot;

    @BeforeAll
    static void store() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        patient = workstation.patients().create(new NewPatient("HADJ", "Karim", Sex.MALE, 1979, null,
                "0555 98 76 54", null, null));
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    private static ConsultationService as(Role role, String username) {
        return new ConsultationService(workstation.database(), new AuditLog(clock, username), new OutboxWriter(clock),
                clock, workstation.clinic().siteId(), new CurrentUser(username, username, role));
    }

    private static ConsultationDraft draft(UUID appointmentId, Vitals vitals) {
        return new ConsultationDraft(null, patient.id(), appointmentId,
                workstation.clinic().practitioners().getFirst().id(), null, "Douleur molaire inférieure droite",
                vitals, "Carie profonde 46, percussion positive",
                List.of(new Diagnosis("k02.1", "Carie de la dentine")),
                List.of(new Procedure("Pulpotomie", "46")),
                List.of(new Prescription("Amoxicilline 1 g", "1 comprimé matin et soir", 6),
                        new Prescription("Paracétamol 1 g", "1 comprimé si douleur, 3 par jour au plus", 3)),
                null);
    }

    private static AppointmentView appointment(UUID patientId) {
        var clinic = workstation.clinic();
        LocalDate sunday = LocalDate.now(ZoneId.of("Africa/Algiers")).plusWeeks(3)
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        return workstation.agenda().book(new BookingRequest(patientId, clinic.careTypes().getFirst().code(),
                clinic.practitioners().getFirst().id(), clinic.chairs().getFirst().id(),
                sunday.atTime(LocalTime.of(8, 0).plusMinutes(30L * nextSlot++))
                        .atZone(ZoneId.of("Africa/Algiers")), 30, null, "TEST"));
    }

    @Test
    void aDoctorRecordsAConsultationAndReopensItAsWritten() {
        ConsultationService doctor = as(Role.DOCTOR, "dr.benali");
        Consultation saved = doctor.save(draft(null, new Vitals(new BigDecimal("37.84"), 88, 125, 80,
                new BigDecimal("72.5"))));

        Consultation reopened = doctor.open(saved.id());
        assertEquals("K02.1", reopened.diagnoses().getFirst().icd10Code(), "ICD-10 codes are kept in capitals");
        assertEquals(new BigDecimal("37.8"), reopened.vitals().temperatureC(), "one decimal, rounded");
        assertEquals(new BigDecimal("72.5"), reopened.vitals().weightKg());
        assertEquals(88, reopened.vitals().pulseBpm());
        assertEquals(2, reopened.prescriptions().size());
        assertEquals(6, reopened.prescriptions().getFirst().durationDays());
        assertEquals("46", reopened.procedures().getFirst().site());
        assertEquals("dr.benali", reopened.author());
        assertNull(reopened.referral());

        Consultation edited = doctor.save(new ConsultationDraft(saved.id(), patient.id(), null, null,
                saved.seenAt(), saved.reason(), saved.vitals(), saved.examination(), saved.diagnoses(),
                saved.procedures(), saved.prescriptions().subList(0, 1),
                Referral.named("CHU Mustapha, service de stomatologie", "Cellulite débutante", null)));
        assertEquals(saved.id(), edited.id(), "an edit keeps the consultation, it does not add one");
        Consultation again = doctor.open(saved.id());
        assertEquals(1, again.prescriptions().size());
        assertEquals(ReferralStatus.TO_ARRANGE, again.referral().status(), "a new referral is to arrange");
        assertEquals(1, doctor.historyOf(patient.id()).stream().filter(l -> l.id().equals(saved.id())).count());
    }

    @Test
    void everyWriteIsAuditedAndQueuedForTheHubInTheSameTransaction() throws Exception {
        ConsultationService doctor = as(Role.DOCTOR, "dr.audit");
        Consultation saved = doctor.save(draft(null, Vitals.NONE));
        doctor.open(saved.id());

        List<String> actions = workstation.database().inTransaction(s -> s.createSelectionQuery(
                        "from AuditEventEntity where entityId = :id order by at", AuditEventEntity.class)
                .setParameter("id", saved.id()).getResultList().stream()
                .map(e -> e.getUsername() + ":" + e.getAction()).toList());
        assertEquals(List.of("dr.audit:CONSULTATION_CREATED", "dr.audit:CONSULTATION_READ"), actions);

        List<OutboxEntryEntity> queued = workstation.database().inTransaction(s -> s.createSelectionQuery(
                        "from OutboxEntryEntity where entityId = :id", OutboxEntryEntity.class)
                .setParameter("id", saved.id()).getResultList());
        assertEquals(1, queued.size());
        assertEquals("consultation", queued.getFirst().getEntity());
        JsonNode payload = new ObjectMapper().readTree(queued.getFirst().getPayload());
        assertEquals(patient.id().toString(), payload.get("patient_id").asText());
        assertEquals("Douleur molaire inférieure droite", payload.get("reason").asText());
        assertTrue(payload.get("prescription").asText().contains("Amoxicilline"));
    }

    @Test
    void aWriteWhoseAuditFailsLeavesNeitherConsultationNorOutboxEntry() {
        // The audit's user column holds 64 characters: this audit event cannot be written, so the commit fails.
        ConsultationService broken = new ConsultationService(workstation.database(),
                new AuditLog(clock, "x".repeat(80)), new OutboxWriter(clock), clock, workstation.clinic().siteId(),
                new CurrentUser("dr.atomique", "Dr Atomique", Role.DOCTOR));
        PatientSummary alone = workstation.patients().create(new NewPatient("SEUL", "Test", Sex.FEMALE, 1990,
                null, null, null, null));
        ConsultationDraft d = draft(null, Vitals.NONE);
        assertThrows(RuntimeException.class, () -> broken.save(new ConsultationDraft(null, alone.id(), null, null,
                null, d.reason(), d.vitals(), d.examination(), d.diagnoses(), d.procedures(), d.prescriptions(),
                null)));
        assertTrue(as(Role.DOCTOR, "dr.x").historyOf(alone.id()).isEmpty(), "no consultation row");
        long queued = workstation.database().inTransaction(s -> s.createSelectionQuery(
                "select count(*) from OutboxEntryEntity where entity = 'consultation' and payload like :p",
                Long.class).setParameter("p", "%" + alone.id() + "%").getSingleResult());
        assertEquals(0, queued, "no outbox entry without its consultation");
    }

    @Test
    void theReceptionCanNeitherWriteNorReadClinicalContent() {
        ConsultationService doctor = as(Role.DOCTOR, "dr.haddad");
        Consultation saved = doctor.save(draft(null, Vitals.NONE));
        ConsultationService reception = as(Role.RECEPTION, "accueil");

        ValidationException write = assertThrows(ClinicalAccessDeniedException.class,
                () -> reception.save(draft(null, Vitals.NONE)));
        assertTrue(write.getMessage().startsWith("Seuls les praticiens"));
        assertThrows(ClinicalAccessDeniedException.class, () -> reception.open(saved.id()));
        ConsultationLine line = reception.historyOf(patient.id()).stream()
                .filter(l -> l.id().equals(saved.id())).findFirst().orElseThrow();
        assertNull(line.summary(), "the reception sees that the visit took place, not what was found");
        assertEquals("dr.haddad", line.author());
        assertTrue(doctor.historyOf(patient.id()).stream().filter(l -> l.id().equals(saved.id())).findFirst()
                .orElseThrow().summary().contains("Carie de la dentine"));
        assertTrue(as(Role.ADMIN, "admin").mayWriteClinical());
    }

    @Test
    void implausibleConstantsAreRefusedInFrench() {
        ConsultationService doctor = as(Role.DOCTOR, "dr.benali");
        assertRefused(doctor, new Vitals(new BigDecimal("378"), null, null, null, null),
                "La température doit être comprise entre 30 et 45 °C (valeur saisie : 378,0 °C).");
        assertRefused(doctor, new Vitals(new BigDecimal("29.9"), null, null, null, null),
                "La température doit être comprise entre 30 et 45 °C (valeur saisie : 29,9 °C).");
        assertRefused(doctor, new Vitals(null, 19, null, null, null),
                "Le pouls doit être compris entre 20 et 250 battements par minute (valeur saisie : 19).");
        assertRefused(doctor, new Vitals(null, 251, null, null, null),
                "Le pouls doit être compris entre 20 et 250 battements par minute (valeur saisie : 251).");
        assertRefused(doctor, new Vitals(null, null, 120, null, null),
                "Indiquez les deux chiffres de la tension artérielle (systolique et diastolique), par exemple 120/80.");
        assertRefused(doctor, new Vitals(null, null, 80, 120, null),
                "La tension diastolique doit être inférieure à la systolique (exemple : 120/80).");
        assertRefused(doctor, new Vitals(null, null, null, null, new BigDecimal("400")),
                "Le poids doit être compris entre 0,3 et 350 kg (valeur saisie : 400,0 kg).");
        // the limits themselves are accepted
        doctor.save(draft(null, new Vitals(new BigDecimal("30"), 20, 300, 200, new BigDecimal("0.3"))));
        doctor.save(draft(null, new Vitals(new BigDecimal("45"), 250, 50, 20, new BigDecimal("350"))));
    }

    @Test
    void incompleteLinesAreRefusedAndEmptyOnesDropped() {
        ConsultationService doctor = as(Role.DOCTOR, "dr.benali");
        ConsultationDraft base = draft(null, Vitals.NONE);
        ValidationException noReason = assertThrows(ValidationException.class, () -> doctor.save(
                new ConsultationDraft(null, patient.id(), null, null, null, "  ", null, null, null, null, null,
                        null)));
        assertEquals("Le motif de la consultation est obligatoire.", noReason.getMessage());
        ValidationException badCode = assertThrows(ValidationException.class, () -> doctor.save(withLists(base,
                List.of(new Diagnosis("carie", "Carie")), base.prescriptions())));
        assertEquals("Le code CIM-10 « CARIE » n'est pas valide (exemples : K02.1, B54).", badCode.getMessage());
        ValidationException noDosage = assertThrows(ValidationException.class, () -> doctor.save(withLists(base,
                base.diagnoses(), List.of(new Prescription("Ibuprofène 400 mg", " ", 5)))));
        assertEquals("Indiquez la posologie de « Ibuprofène 400 mg ».", noDosage.getMessage());
        ValidationException longCure = assertThrows(ValidationException.class, () -> doctor.save(withLists(base,
                base.diagnoses(), List.of(new Prescription("Fer", "1 cp/j", 400)))));
        assertEquals("La durée de « Fer » doit être comprise entre 1 et 365 jours.", longCure.getMessage());
        ValidationException noDestination = assertThrows(ValidationException.class, () -> doctor.save(
                new ConsultationDraft(null, patient.id(), null, null, null, "Fièvre", null, null, null, null, null,
                        Referral.named(" ", "Paludisme grave", null))));
        assertTrue(noDestination.getMessage().startsWith("Indiquez où le patient est référé"));
        ValidationException future = assertThrows(ValidationException.class, () -> doctor.save(
                new ConsultationDraft(null, patient.id(), null, null, clock.instant().plus(Duration.ofHours(2)),
                        "Fièvre", null, null, null, null, null, null)));
        assertEquals("La date de la consultation ne peut pas être dans le futur.", future.getMessage());

        Consultation kept = doctor.save(withLists(base, List.of(new Diagnosis(" ", ""), new Diagnosis(null, "Gingivite")),
                List.of(new Prescription("", null, null))));
        assertEquals(List.of(new Diagnosis(null, "Gingivite")), kept.diagnoses(), "blank lines are dropped");
        assertTrue(kept.prescriptions().isEmpty());
    }

    @Test
    void oneConsultationPerAppointmentOfThatPatient() {
        ConsultationService doctor = as(Role.DOCTOR, "dr.benali");
        AppointmentView visit = appointment(patient.id());
        Consultation first = doctor.save(draft(visit.id(), Vitals.NONE));
        assertEquals(first.id(), doctor.forAppointment(visit.id()).orElseThrow().id());
        ValidationException second = assertThrows(ValidationException.class,
                () -> doctor.save(draft(visit.id(), Vitals.NONE)));
        assertTrue(second.getMessage().startsWith("Une consultation est déjà enregistrée pour ce rendez-vous"));

        PatientSummary other = workstation.patients().create(new NewPatient("AUTRE", "Patiente", Sex.FEMALE, 1988,
                null, null, null, null));
        AppointmentView othersVisit = appointment(other.id());
        ValidationException wrongPatient = assertThrows(ValidationException.class,
                () -> doctor.save(draft(othersVisit.id(), Vitals.NONE)));
        assertEquals("Ce rendez-vous est celui d'un autre patient.", wrongPatient.getMessage());
        assertFalse(doctor.forAppointment(othersVisit.id()).isPresent());
    }

    private static void assertRefused(ConsultationService service, Vitals vitals, String message) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.save(draft(null, vitals)));
        assertEquals(message, refused.getMessage());
    }

    private static ConsultationDraft withLists(ConsultationDraft d, List<Diagnosis> diagnoses,
                                               List<Prescription> prescriptions) {
        return new ConsultationDraft(null, d.patientId(), d.appointmentId(), d.practitionerId(), d.seenAt(),
                d.reason(), d.vitals(), d.examination(), diagnoses, d.procedures(), prescriptions, d.referral());
    }
}
