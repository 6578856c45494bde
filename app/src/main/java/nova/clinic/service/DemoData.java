package nova.clinic.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.store.AppointmentEntity;
import nova.agenda.store.AppointmentHistoryEntity;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;
import nova.common.Ids;
import nova.patient.domain.Sex;
import nova.patient.store.PatientEntity;
import nova.store.Database;
import nova.sync.service.OutboxWriter;

/**
 * A believable week for demonstrations and screenshots: patients with local names and phones, and appointments
 * around today on every chair. Seeded, so two demo stores made the same day look the same.
 */
final class DemoData {

    private static final String[][] ALGERIAN = {
            {"AMRANI", "Fatima", "F"}, {"BENALI", "Karim", "M"}, {"HADJ-SAID", "Yasmine", "F"}, {"BOUZID", "Mourad", "M"},
            {"KHELIFI", "Nadia", "F"}, {"MEZIANE", "Sofiane", "M"}, {"BELKACEM", "Amina", "F"}, {"CHERIF", "Rachid", "M"},
            {"SAIDI", "Lina", "F"}, {"BOUDIAF", "Hakim", "M"}, {"TOUATI", "Samira", "F"}, {"LARBI", "Walid", "M"},
            {"OUALI", "Meriem", "F"}, {"ZERROUKI", "Nassim", "M"}, {"BENSALEM", "Hadjer", "F"}, {"MANSOURI", "Idir", "M"},
            {"GHOZALI", "Sarah", "F"}, {"FERHAT", "Bilal", "M"}, {"DJEBBAR", "Imane", "F"}, {"AIT AHMED", "Yacine", "M"},
            {"BOUAZZA", "Kahina", "F"}, {"REZKI", "Omar", "M"}, {"HAMIDI", "Rym", "F"}, {"SLIMANI", "Anis", "M"}};
    private static final String[][] MALIAN = {
            {"TRAORÉ", "Aminata", "F"}, {"COULIBALY", "Moussa", "M"}, {"DIARRA", "Fatoumata", "F"}, {"KEÏTA", "Seydou", "M"},
            {"KONÉ", "Mariam", "F"}, {"SANGARÉ", "Oumar", "M"}, {"DIALLO", "Kadiatou", "F"}, {"TOURÉ", "Ibrahim", "M"},
            {"CISSÉ", "Awa", "F"}, {"DEMBÉLÉ", "Bakary", "M"}, {"SIDIBÉ", "Rokia", "F"}, {"MAÏGA", "Hamadoun", "M"},
            {"KANTÉ", "Salimata", "F"}, {"DOUMBIA", "Adama", "M"}, {"SISSOKO", "Oumou", "F"}, {"BERTHÉ", "Souleymane", "M"}};
    private static final String[] ALGIERS_AREAS = {"Daboussy El Achour", "Bab Ezzouar", "Draria", "Chéraga", "Baba Hassen"};
    private static final String[] MALIAN_VILLAGES = {"Sanankoroba", "Dialakoroba", "Banankoro", "Kassela", "Tienfala"};

    private final Database database;
    private final Clock clock;
    private final String username;

    DemoData(Database database, Clock clock, String username) {
        this.database = database;
        this.clock = clock;
        this.username = username;
    }

    void populate() {
        ClinicService clinic = new ClinicService(database);
        ClinicProfile profile = clinic.profile();
        boolean mali = profile.kind() == ClinicKind.CSCOM;
        Random random = new Random(20261121L);
        Instant now = clock.instant();
        // Demo records sync like any other (a second desk joining from the hub sees them).
        OutboxWriter outbox = new OutboxWriter(clock);
        database.runInTransaction(session -> {
            List<PatientEntity> patients = new java.util.ArrayList<>();
            String[][] names = mali ? MALIAN : ALGERIAN;
            for (int i = 0; i < names.length; i++) {
                String[] name = names[i];
                String phone = mali
                        ? "+223" + (i % 2 == 0 ? "76" : "66") + String.format("%06d", 100000 + random.nextInt(900000))
                        : "+213" + (5 + i % 3) + String.format("%08d", 50000000 + random.nextInt(49999999));
                String place = mali ? MALIAN_VILLAGES[i % MALIAN_VILLAGES.length] : ALGIERS_AREAS[i % ALGIERS_AREAS.length];
                PatientEntity patient = new PatientEntity(Ids.newId(), clinic.siteId(), now, name[0], name[1],
                        "F".equals(name[2]) ? Sex.FEMALE : Sex.MALE, 1950 + random.nextInt(65), null, phone, place, null);
                session.persist(patient);
                outbox.upsert(session, "patient", patient.getId(), 0, patient.syncFields());
                patients.add(patient);
            }
            LocalDate today = LocalDate.now(clock.withZone(profile.zone()));
            List<CareType> careTypes = clinic.careTypes();
            List<Practitioner> practitioners = clinic.practitioners();
            int patientIndex = 0;
            for (int offset = -3; offset <= 7; offset++) {
                LocalDate day = today.plusDays(offset);
                if (!profile.workingDays().contains(day.getDayOfWeek())) {
                    continue;
                }
                // Who is busy when, so that no practitioner is booked twice: the demo must obey the rules it shows.
                java.util.Map<java.util.UUID, java.util.List<LocalTime[]>> busy = new java.util.HashMap<>();
                for (Chair chair : clinic.chairs()) {
                    LocalTime cursor = profile.opening().plusMinutes(15L * random.nextInt(3));
                    while (true) {
                        CareType careType = careTypes.get(random.nextInt(careTypes.size()));
                        LocalTime end = cursor.plusMinutes(careType.durationMinutes());
                        if (profile.hasBreak() && cursor.isBefore(profile.breakEnd()) && end.isAfter(profile.breakStart())) {
                            cursor = profile.breakEnd();
                            continue;
                        }
                        if (end.isAfter(profile.closing()) || end.isBefore(cursor)) {
                            break;
                        }
                        Practitioner practitioner = freePractitioner(practitioners, chair.position(), busy, cursor, end);
                        if (practitioner == null) {
                            cursor = cursor.plusMinutes(15);
                            continue;
                        }
                        busy.computeIfAbsent(practitioner.id(), id -> new java.util.ArrayList<>())
                                .add(new LocalTime[] {cursor, end});
                        ZonedDateTime start = day.atTime(cursor).atZone(profile.zone());
                        PatientEntity patient = patients.get(patientIndex++ % patients.size());
                        AppointmentEntity appointment = new AppointmentEntity(Ids.newId(), clinic.siteId(), now,
                                patient.getId(), practitioner.id(), chair.id(), careType.code(), start.toInstant(),
                                start.plusMinutes(careType.durationMinutes()).toInstant(), "DEMO", null);
                        AppointmentStatus status = demoStatus(start, now, random);
                        appointment.changeStatus(status, status == AppointmentStatus.CANCELLED ? "Empêchement" : null, now);
                        session.persist(appointment);
                        outbox.upsert(session, "appointment", appointment.getId(), 0, appointment.syncFields());
                        session.persist(new AppointmentHistoryEntity(Ids.newId(), appointment.getId(), now, username,
                                "CREATED", null, status, "demo"));
                        cursor = end.plusMinutes(15L * random.nextInt(4));
                    }
                }
            }
        });
    }

    /** The chair's usual practitioner if free during [start, end), else the next free one, else null. */
    private static Practitioner freePractitioner(List<Practitioner> practitioners, int chairPosition,
                                                 java.util.Map<java.util.UUID, java.util.List<LocalTime[]>> busy,
                                                 LocalTime start, LocalTime end) {
        for (int i = 0; i < practitioners.size(); i++) {
            Practitioner candidate = practitioners.get((chairPosition + i) % practitioners.size());
            boolean free = busy.getOrDefault(candidate.id(), List.of()).stream()
                    .noneMatch(range -> range[0].isBefore(end) && range[1].isAfter(start));
            if (free) {
                return candidate;
            }
        }
        return null;
    }

    private static AppointmentStatus demoStatus(ZonedDateTime start, Instant now, Random random) {
        if (start.toInstant().isBefore(now.minusSeconds(3600))) {
            return random.nextInt(10) == 0 ? AppointmentStatus.NO_SHOW : AppointmentStatus.DONE;
        }
        if (start.toInstant().isBefore(now)) {
            return random.nextBoolean() ? AppointmentStatus.IN_CONSULTATION : AppointmentStatus.ARRIVED;
        }
        int pick = random.nextInt(10);
        return pick < 4 ? AppointmentStatus.CONFIRMED : pick == 9 ? AppointmentStatus.CANCELLED : AppointmentStatus.BOOKED;
    }
}
