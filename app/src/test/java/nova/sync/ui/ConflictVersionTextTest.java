package nova.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nova.patient.domain.PatientSummary;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.SyncConflict;
import nova.ui.session.RecordNames;
import org.junit.jupiter.api.Test;

/** A conflict's two versions in words: names for the identifiers this workstation knows, a plain phrase otherwise. */
class ConflictVersionTextTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    private static final String UUID_PATTERN = "(?s).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*";

    private final PatientSummary benali = new PatientSummary(UUID.randomUUID(), "Benali", "Karim", "+213555123456",
            1985, null);
    private final PatientSummary saidiWithYear = new PatientSummary(UUID.randomUUID(), "SAIDI", "Amina", null, 1990,
            null);
    private final PatientSummary saidiWithPhone = new PatientSummary(UUID.randomUUID(), "SAIDI", "Amina",
            "+213661234567", null, null);
    private final UUID haddad = UUID.randomUUID();
    private final UUID chairOne = UUID.randomUUID();
    private final KnownNames names = new KnownNames(Map.of(benali.id(), benali, saidiWithYear.id(), saidiWithYear,
            saidiWithPhone.id(), saidiWithPhone), Set.of(saidiWithYear.id(), saidiWithPhone.id()),
            Map.of(haddad, "Dr Haddad"), Map.of(chairOne, "Fauteuil 1"), Map.of("detartrage", "Détartrage"));
    private final ConflictVersionText text = new ConflictVersionText(names, ALGIERS);

    private String appointment(UUID patient, UUID practitioner, UUID chair, String careType, String notes) {
        return "{\"patient_id\":\"" + patient + "\",\"practitioner_id\":\"" + practitioner + "\",\"chair_id\":\""
                + chair + "\",\"care_type_code\":\"" + careType + "\",\"start_at\":\"2026-11-26T08:30:00Z\","
                + "\"end_at\":\"2026-11-26T09:00:00Z\",\"status\":\"BOOKED\",\"notes\":\"" + notes + "\"}";
    }

    @Test
    void knownIdentifiersReadAsNamesAndDatesAsFrenchDaysInTheClinicZone() {
        SyncConflict conflict = new SyncConflict(UUID.randomUUID(), ConflictKind.FIELD, "appointment",
                UUID.randomUUID(), null, "notes", "\"Douleur molaire 36\"", "\"Allergie pénicilline\"",
                appointment(benali.id(), haddad, chairOne, "detartrage", "Douleur molaire 36"),
                "{\"start_at\":\"2026-12-06T08:00:00Z\",\"status\":\"CONFIRMED\"}", Instant.now(), SyncConflict.OPEN,
                null);

        String local = text.local(conflict);
        String remote = text.remote(conflict);

        assertTrue(local.startsWith("Notes : Douleur molaire 36"), local);
        assertEquals(1, local.split("Notes :", -1).length - 1, "the field in conflict once: " + local);
        assertTrue(local.contains("Patient : BENALI Karim\n"), "no namesake, so the bare name: " + local);
        assertTrue(local.contains("Praticien : Dr Haddad"), local);
        assertTrue(local.contains("Fauteuil : Fauteuil 1"), local);
        assertTrue(local.contains("Soin : Détartrage"), local);
        assertTrue(local.contains("Début : jeu. 26 nov. 2026, 09:30"), local);
        assertTrue(local.contains("Fin : 10:00"), "the same day: the hour alone: " + local);
        assertTrue(local.indexOf("Patient :") < local.indexOf("Début :")
                && local.indexOf("Début :") < local.indexOf("Soin :"), "who, when, then what: " + local);
        assertFalse(local.matches(UUID_PATTERN), "no identifier left: " + local);
        assertTrue(remote.contains("Statut : Confirmé"), remote);
        assertTrue(remote.contains("Début : dim. 6 déc. 2026, 09:00"), remote);
        assertEquals("« Notes » modifié sur ce poste et sur le serveur (rendez-vous)", text.title(conflict));
    }

    @Test
    void identifiersNotOnThisWorkstationReadAsAPhraseNotAsUuids() {
        SyncConflict conflict = new SyncConflict(UUID.randomUUID(), ConflictKind.FIELD, "appointment",
                UUID.randomUUID(), null, "patient_id", "\"" + benali.id() + "\"", "\"" + UUID.randomUUID() + "\"",
                appointment(benali.id(), haddad, chairOne, "detartrage", ""),
                appointment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "implant", ""), Instant.now(),
                SyncConflict.OPEN, null);

        String remote = text.remote(conflict);

        assertTrue(remote.startsWith("Patient : patient inconnu sur ce poste\n"), remote);
        assertTrue(remote.contains("Praticien : praticien inconnu sur ce poste"), remote);
        assertTrue(remote.contains("Fauteuil : fauteuil inconnu sur ce poste"), remote);
        assertTrue(remote.contains("Soin : soin inconnu sur ce poste"), remote);
        assertFalse(remote.matches(UUID_PATTERN), "no identifier left: " + remote);
        assertTrue(text.local(conflict).startsWith("Patient : BENALI Karim\n"), text.local(conflict));
    }

    @Test
    void aDamagedIdentifierIsAsUnknownAsAMissingOne() {
        SyncConflict conflict = new SyncConflict(UUID.randomUUID(), ConflictKind.FIELD, "consultation",
                UUID.randomUUID(), null, "reason", "\"Fièvre\"", "\"Toux\"", "{\"patient_id\":\"pas-un-id\"}",
                "{\"patient_id\":null}", Instant.now(), SyncConflict.OPEN, null);

        assertTrue(text.local(conflict).endsWith("Patient : patient inconnu sur ce poste"), text.local(conflict));
        assertTrue(text.remote(conflict).endsWith("Patient : —"), text.remote(conflict));
    }

    @Test
    void namesakesAreToldApartByBirthYearElsePhone() {
        SyncConflict clash = new SyncConflict(UUID.randomUUID(), ConflictKind.SLOT_CLASH, "appointment",
                UUID.randomUUID(), UUID.randomUUID(), null, null, null,
                appointment(saidiWithYear.id(), haddad, chairOne, "detartrage", ""),
                appointment(saidiWithPhone.id(), haddad, chairOne, "detartrage", ""), Instant.now(),
                SyncConflict.OPEN, null);

        assertTrue(text.local(clash).startsWith("Patient : SAIDI Amina (né(e) en 1990)\n"), text.local(clash));
        assertTrue(text.remote(clash).startsWith("Patient : SAIDI Amina (0661 23 45 67)\n"), text.remote(clash));
        assertFalse(text.remote(clash).contains("né(e)"), text.remote(clash));
        assertEquals("Deux rendez-vous au même moment\nFauteuil 1 · jeu. 26 nov. 2026, 09:30",
                text.title(clash));
    }

    @Test
    void aConsultationConflictShowsItsListsAsLinesAndItsConstantsInUnits() {
        String localPrescriptions = "[{\\\"medication\\\":\\\"Paracétamol 1 g\\\",\\\"dosage\\\":\\\"1 cp si douleur\\\","
                + "\\\"days\\\":3}]";
        SyncConflict conflict = new SyncConflict(UUID.randomUUID(), ConflictKind.FIELD, "consultation",
                UUID.randomUUID(), null, "prescription", "\"" + localPrescriptions + "\"", "\"[]\"",
                "{\"reason\":\"Douleur 36\",\"temperature_tenths\":372,\"weight_tenths_kg\":655}",
                "{\"reason\":\"Douleur 36\",\"temperature_tenths\":380}", Instant.now(), SyncConflict.OPEN, null);

        String local = text.local(conflict);
        String remote = text.remote(conflict);

        assertTrue(local.startsWith("Ordonnance : \n  – Paracétamol 1 g · 1 cp si douleur · 3"), local);
        assertTrue(local.contains("Température (°C) : 37,2"), local);
        assertTrue(local.contains("Poids (kg) : 65,5"), local);
        assertTrue(remote.startsWith("Ordonnance : —"), remote);
        assertTrue(remote.contains("Température (°C) : 38,0"), remote);
    }

    /** The names a workstation would know, held in maps: the rendering is what is under test here. */
    private record KnownNames(Map<UUID, PatientSummary> patients, Set<UUID> withNamesake,
                              Map<UUID, String> practitioners, Map<UUID, String> chairs,
                              Map<String, String> careTypes) implements RecordNames {

        @Override
        public Optional<PatientSummary> patient(UUID id) {
            return Optional.ofNullable(patients.get(id));
        }

        @Override
        public boolean hasNamesake(PatientSummary patient) {
            return withNamesake.contains(patient.id());
        }

        @Override
        public Optional<String> practitioner(UUID id) {
            return Optional.ofNullable(practitioners.get(id));
        }

        @Override
        public Optional<String> chair(UUID id) {
            return Optional.ofNullable(chairs.get(id));
        }

        @Override
        public Optional<String> careType(String code) {
            return Optional.ofNullable(careTypes.get(code));
        }
    }
}
