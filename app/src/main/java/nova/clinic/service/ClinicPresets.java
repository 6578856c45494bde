package nova.clinic.service;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import nova.clinic.domain.CareType;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;

/** The two starting points of the first-run wizard; every field stays editable before the store is created. */
public final class ClinicPresets {

    public static final String CABINET_ALGER = "cabinet-alger";
    public static final String CSCOM_MALI = "cscom-mali";

    private ClinicPresets() {
    }

    public static SetupRequest byName(String name) {
        return switch (name) {
            case CABINET_ALGER -> cabinetAlger();
            case CSCOM_MALI -> cscomMali();
            default -> throw new IllegalArgumentException("Profil inconnu : " + name
                    + " (profils possibles : " + CABINET_ALGER + ", " + CSCOM_MALI + ")");
        };
    }

    /** A dental cabinet in Algiers: Sunday to Thursday, three chairs, the eight dental care types. */
    public static SetupRequest cabinetAlger() {
        ClinicProfile profile = new ClinicProfile(
                "Cabinet dentaire Daboussy",
                "Cité 109, Daboussy El Achour, Alger",
                ZoneId.of("Africa/Algiers"),
                213,
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 0), LocalTime.of(18, 0), LocalTime.of(12, 0), LocalTime.of(13, 0),
                ClinicKind.DENTAL_CABINET);
        List<CareType> careTypes = List.of(
                new CareType("consultation", "Consultation", 30, "#3B82F6"),
                new CareType("urgence", "Urgence", 30, "#DC2626"),
                new CareType("detartrage", "Détartrage", 45, "#0D9488"),
                new CareType("soin", "Soin", 45, "#D97706"),
                new CareType("extraction", "Extraction", 30, "#7C3AED"),
                new CareType("prothese", "Prothèse", 60, "#92400E"),
                new CareType("orthodontie", "Orthodontie", 30, "#0284C7"),
                new CareType("chirurgie", "Chirurgie", 60, "#BE185D"));
        return new SetupRequest(profile,
                List.of("Fauteuil 1", "Fauteuil 2", "Fauteuil 3"),
                List.of(new PractitionerDraft("Dr Amrani", "Chirurgien-dentiste"),
                        new PractitionerDraft("Dr Benali", "Orthodontiste")),
                careTypes, "", new char[0], false);
    }

    /** A community health centre in Mali: Monday to Friday, consultation rooms, primary-care visit types. */
    public static SetupRequest cscomMali() {
        ClinicProfile profile = new ClinicProfile(
                "CSCOM de Sanankoroba",
                "Sanankoroba, Cercle de Kati, Koulikoro",
                ZoneId.of("Africa/Bamako"),
                223,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0), LocalTime.of(16, 0), LocalTime.of(12, 0), LocalTime.of(13, 0),
                ClinicKind.CSCOM);
        List<CareType> careTypes = List.of(
                new CareType("consultation", "Consultation curative", 20, "#3B82F6"),
                new CareType("urgence", "Urgence", 20, "#DC2626"),
                new CareType("cpn", "Consultation prénatale (CPN)", 30, "#DB2777"),
                new CareType("vaccination", "Vaccination", 15, "#16A34A"),
                new CareType("planification", "Planification familiale", 20, "#7C3AED"),
                new CareType("suivi_enfant", "Suivi de l'enfant sain", 20, "#0891B2"),
                new CareType("soin", "Soins infirmiers", 15, "#D97706"));
        return new SetupRequest(profile,
                List.of("Salle de consultation 1", "Salle de consultation 2", "Maternité", "Salle de vaccination"),
                List.of(new PractitionerDraft("Dr Traoré", "Médecin"),
                        new PractitionerDraft("Mme Coulibaly", "Sage-femme"),
                        new PractitionerDraft("M. Diarra", "Infirmier")),
                careTypes, "", new char[0], false);
    }
}
