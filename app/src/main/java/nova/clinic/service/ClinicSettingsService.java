package nova.clinic.service;

import nova.sync.domain.ReferenceKind;
import nova.sync.service.ReferenceOutbox;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import nova.clinic.domain.CareType;
import nova.clinic.domain.ClinicDetails;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.ClosingPeriod;
import nova.clinic.domain.ResourceHours;
import nova.clinic.store.CareTypeEntity;
import nova.clinic.store.ChairEntity;
import nova.clinic.store.ClinicEntity;
import nova.clinic.store.ClosingPeriodEntity;
import nova.clinic.store.PractitionerEntity;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.security.service.AuditLog;
import nova.store.Database;
import org.hibernate.Session;

/**
 * Every change the administrator makes to the clinic after the first run: profile, practitioners, chairs or rooms,
 * care types and closing periods. Each public write checks its input (French {@link ValidationException}s), then
 * runs in {@link #write} — one local transaction with its audit event — and reloads the {@link ClinicService}
 * snapshot, so the agenda's schedule and booking choices follow at once. Resources are deactivated, never deleted:
 * appointments refer to them.
 */
public final class ClinicSettingsService {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,25}");
    private static final int MAX_CLOSING_DAYS = 366;

    private final Database database;
    private final ClinicService clinic;
    private final AuditLog audit;
    private final Clock clock;
    private final ReferenceOutbox references;

    public ClinicSettingsService(Database database, ClinicService clinic, AuditLog audit, Clock clock,
                                 ReferenceOutbox references) {
        this.references = references;
        this.database = database;
        this.clinic = clinic;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the clinic itself

    public ClinicDetails details() {
        return new ClinicDetails(clinic.profile(), clinic.phone());
    }

    /** Name, address, phone, zone, calling code, days, hours and break. The clinic's kind is kept. */
    public void saveDetails(ClinicDetails details) {
        ClinicProfile profile = details.profile();
        requireText(profile.name(), "Le nom du cabinet est obligatoire.");
        requireText(profile.address(), "L'adresse est obligatoire.");
        if (profile.zone() == null) {
            throw new ValidationException("Choisissez le fuseau horaire du cabinet.");
        }
        if (profile.countryCallingCode() < 1 || profile.countryCallingCode() > 999) {
            throw new ValidationException("L'indicatif téléphonique doit être un nombre de 1 à 3 chiffres (213, 223…).");
        }
        if (!details.phone().isEmpty() && !PHONE.matcher(details.phone()).matches()) {
            throw new ValidationException("Le téléphone du cabinet n'est pas lisible : chiffres, espaces et « + » seulement.");
        }
        checkWeek(profile.workingDays(), profile.opening(), profile.closing(), profile.breakStart(),
                profile.breakEnd(), "du cabinet");
        write("CLINIC_PROFILE_CHANGED", "clinic", session -> {
            ClinicEntity row = clinicRow(session);
            ClinicProfile before = row.toProfile();
            row.apply(new ClinicProfile(profile.name().strip(), profile.address().strip(), profile.zone(),
                    profile.countryCallingCode(), profile.workingDays(), profile.opening(), profile.closing(),
                    profile.breakStart(), profile.breakEnd(), before.kind()));
            row.setPhone(details.phone());
            row.touch(clock.instant());
            return new Written(row.getId(), before.zone().equals(profile.zone()) ? null
                    : "zone " + before.zone() + "->" + profile.zone());
        });
    }

    // ---- practitioners

    public UUID addPractitioner(String name, String speciality, ResourceHours ownHours) {
        String cleanName = checkResource(name, ownHours, "Le nom du praticien est obligatoire.");
        refuseDuplicate(clinic.practitionerSettings().stream().filter(p -> p.active())
                .anyMatch(p -> p.name().equalsIgnoreCase(cleanName)), "Un praticien porte déjà ce nom.");
        UUID id = Ids.newId();
        write("PRACTITIONER_ADDED", "practitioner", session -> {
            int position = clinic.practitionerSettings().size() + 1;
            PractitionerEntity row = new PractitionerEntity(id, clinic.siteId(), clock.instant(), cleanName,
                    blankToNull(speciality), position);
            row.edit(cleanName, blankToNull(speciality), ownHours, clock.instant());
            session.persist(row);
            return new Written(id, cleanName);
        });
        return id;
    }

    /** Name, speciality and own hours (null: back to the clinic's hours). */
    public void editPractitioner(UUID id, String name, String speciality, ResourceHours ownHours) {
        String cleanName = checkResource(name, ownHours, "Le nom du praticien est obligatoire.");
        refuseDuplicate(clinic.practitionerSettings().stream().filter(p -> p.active() && !p.id().equals(id))
                .anyMatch(p -> p.name().equalsIgnoreCase(cleanName)), "Un autre praticien porte déjà ce nom.");
        write("PRACTITIONER_CHANGED", "practitioner", session -> {
            PractitionerEntity row = existing(session, PractitionerEntity.class, id, "Ce praticien");
            row.edit(cleanName, blankToNull(speciality), ownHours, clock.instant());
            return new Written(id, ownHours == null ? "clinic hours" : "own hours " + ownHours.toText());
        });
    }

    /** Deactivated: gone from the booking choices and the agenda columns; old appointments keep the name. */
    public void setPractitionerActive(UUID id, boolean active) {
        if (!active && clinic.practitioners().stream().noneMatch(p -> !p.id().equals(id))) {
            throw new ValidationException("Il faut garder au moins un praticien actif.");
        }
        write(active ? "PRACTITIONER_REACTIVATED" : "PRACTITIONER_DEACTIVATED", "practitioner", session -> {
            existing(session, PractitionerEntity.class, id, "Ce praticien").setActive(active, clock.instant());
            return new Written(id, null);
        });
    }

    // ---- chairs or rooms

    public UUID addChair(String name, ResourceHours ownHours) {
        String cleanName = checkResource(name, ownHours, "Le nom est obligatoire.");
        refuseDuplicate(clinic.chairSettings().stream().filter(c -> c.active())
                .anyMatch(c -> c.name().equalsIgnoreCase(cleanName)), "« " + cleanName + " » existe déjà.");
        UUID id = Ids.newId();
        write("CHAIR_ADDED", "chair", session -> {
            ChairEntity row = new ChairEntity(id, clinic.siteId(), clock.instant(), cleanName,
                    clinic.chairSettings().size() + 1);
            row.edit(cleanName, ownHours, clock.instant());
            session.persist(row);
            return new Written(id, cleanName);
        });
        return id;
    }

    public void editChair(UUID id, String name, ResourceHours ownHours) {
        String cleanName = checkResource(name, ownHours, "Le nom est obligatoire.");
        refuseDuplicate(clinic.chairSettings().stream().filter(c -> c.active() && !c.id().equals(id))
                .anyMatch(c -> c.name().equalsIgnoreCase(cleanName)), "« " + cleanName + " » existe déjà.");
        write("CHAIR_CHANGED", "chair", session -> {
            ChairEntity row = existing(session, ChairEntity.class, id, "Ce fauteuil");
            row.edit(cleanName, ownHours, clock.instant());
            return new Written(id, ownHours == null ? "clinic hours" : "own hours " + ownHours.toText());
        });
    }

    public void setChairActive(UUID id, boolean active) {
        if (!active && clinic.chairs().stream().noneMatch(c -> !c.id().equals(id))) {
            throw new ValidationException("Il faut garder au moins un fauteuil ou une salle actif.");
        }
        write(active ? "CHAIR_REACTIVATED" : "CHAIR_DEACTIVATED", "chair", session -> {
            existing(session, ChairEntity.class, id, "Ce fauteuil").setActive(active, clock.instant());
            return new Written(id, null);
        });
    }

    // ---- care types

    /** Returns the new care type's code, made from its name (the assistant and appointments use it). */
    public String addCareType(String label, int durationMinutes, String colorHex) {
        String cleanLabel = checkCareType(label, durationMinutes, colorHex);
        refuseDuplicate(clinic.careTypeSettings().stream().filter(c -> c.active())
                .anyMatch(c -> c.careType().label().equalsIgnoreCase(cleanLabel)), "Ce type de soin existe déjà.");
        String code = freeCode(cleanLabel);
        write("CARE_TYPE_ADDED", "care_type", session -> {
            UUID id = Ids.newId();
            session.persist(new CareTypeEntity(id, clinic.siteId(), clock.instant(),
                    new CareType(code, cleanLabel, durationMinutes, colorHex.toUpperCase(Locale.ROOT)),
                    clinic.careTypeSettings().size() + 1));
            return new Written(id, code);
        });
        return code;
    }

    /** Name, default duration and colour; the code stays. */
    public void editCareType(String code, String label, int durationMinutes, String colorHex) {
        String cleanLabel = checkCareType(label, durationMinutes, colorHex);
        refuseDuplicate(clinic.careTypeSettings().stream().filter(c -> c.active() && !c.code().equals(code))
                .anyMatch(c -> c.careType().label().equalsIgnoreCase(cleanLabel)),
                "Un autre type de soin porte déjà ce nom.");
        write("CARE_TYPE_CHANGED", "care_type", session -> {
            CareTypeEntity row = careTypeRow(session, code);
            row.edit(cleanLabel, durationMinutes, colorHex.toUpperCase(Locale.ROOT), clock.instant());
            return new Written(row.getId(), code);
        });
    }

    public void setCareTypeActive(String code, boolean active) {
        if (!active && clinic.careTypes().stream().noneMatch(c -> !c.code().equals(code))) {
            throw new ValidationException("Il faut garder au moins un type de soin actif.");
        }
        write(active ? "CARE_TYPE_REACTIVATED" : "CARE_TYPE_DEACTIVATED", "care_type", session -> {
            CareTypeEntity row = careTypeRow(session, code);
            row.setActive(active, clock.instant());
            return new Written(row.getId(), code);
        });
    }

    // ---- closing periods

    public UUID addClosing(LocalDate firstDay, LocalDate lastDay, String reason) {
        ClosingPeriod period = checkClosing(Ids.newId(), firstDay, lastDay, reason);
        write("CLOSING_ADDED", "closing_period", session -> {
            session.persist(new ClosingPeriodEntity(clinic.siteId(), clock.instant(), period));
            return new Written(period.id(), period.firstDay() + ".." + period.lastDay());
        });
        return period.id();
    }

    public void editClosing(UUID id, LocalDate firstDay, LocalDate lastDay, String reason) {
        ClosingPeriod period = checkClosing(id, firstDay, lastDay, reason);
        write("CLOSING_CHANGED", "closing_period", session -> {
            existing(session, ClosingPeriodEntity.class, id, "Cette fermeture").edit(period, clock.instant());
            return new Written(id, period.firstDay() + ".." + period.lastDay());
        });
    }

    /** A closing period is not referenced by anything: it is marked deleted (the deletion can sync). */
    public void removeClosing(UUID id) {
        write("CLOSING_REMOVED", "closing_period", session -> {
            existing(session, ClosingPeriodEntity.class, id, "Cette fermeture").markDeleted(clock.instant());
            return new Written(id, null);
        });
    }

    // ---- the one write path

    /** What a write touched, for its audit event. */
    private record Written(UUID id, String details) {
    }

    /**
     * Every change goes through here: one local transaction holding the change and its audit event, then the
     * clinic snapshot is reloaded. The place to add the outbox entry of a synced change.
     */
    private void write(String action, String entity, Function<Session, Written> change) {
        database.runInTransaction(session -> {
            Written written = change.apply(session);
            audit.record(session, action, entity, written.id(), written.details());
            // The other desks of the site get the change through the hub, committed with it.
            ReferenceKind kind = ReferenceKind.ofEntity(entity).orElseThrow(() ->
                    new IllegalStateException(entity + " is not a synced reference kind"));
            references.changed(session, kind, written.id());
        });
        clinic.reload();
    }

    // ---- checks

    private static String checkResource(String name, ResourceHours ownHours, String missingName) {
        requireText(name, missingName);
        if (name.strip().length() > 100) {
            throw new ValidationException("Le nom est trop long (100 caractères au plus).");
        }
        if (ownHours != null) {
            checkWeek(ownHours.days(), ownHours.opening(), ownHours.closing(), ownHours.breakStart(),
                    ownHours.breakEnd(), "propres");
        }
        return name.strip();
    }

    /** {@code whose}: « du cabinet » or « propres », to say which hours are wrong. */
    static void checkWeek(Set<java.time.DayOfWeek> days, LocalTime opening, LocalTime closing, LocalTime breakStart,
                          LocalTime breakEnd, String whose) {
        if (days == null || days.isEmpty()) {
            throw new ValidationException("Cochez au moins un jour travaillé (horaires " + whose + ").");
        }
        if (opening == null || closing == null || !opening.isBefore(closing)) {
            throw new ValidationException("L'ouverture doit précéder la fermeture (horaires " + whose + ").");
        }
        if ((breakStart == null) != (breakEnd == null)) {
            throw new ValidationException("Indiquez le début et la fin de la pause, ou aucun des deux.");
        }
        if (breakStart != null && (!breakStart.isBefore(breakEnd) || breakStart.isBefore(opening)
                || breakEnd.isAfter(closing))) {
            throw new ValidationException("La pause doit commencer avant de finir et tenir dans les horaires "
                    + whose + ".");
        }
    }

    private static String checkCareType(String label, int durationMinutes, String colorHex) {
        requireText(label, "Le nom du type de soin est obligatoire.");
        if (durationMinutes < 5 || durationMinutes > 8 * 60) {
            throw new ValidationException("La durée par défaut doit être comprise entre 5 minutes et 8 heures.");
        }
        if (colorHex == null || !COLOUR.matcher(colorHex).matches()) {
            throw new ValidationException("Choisissez une couleur (format #RRVVBB).");
        }
        return label.strip();
    }

    private static ClosingPeriod checkClosing(UUID id, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null || lastDay == null) {
            throw new ValidationException("Indiquez le premier et le dernier jour de la fermeture.");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new ValidationException("Le dernier jour de la fermeture précède le premier.");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_CLOSING_DAYS) {
            throw new ValidationException("Une fermeture dure au plus un an.");
        }
        requireText(reason, "Indiquez la raison de la fermeture (elle est donnée aux patients).");
        return new ClosingPeriod(id, firstDay, lastDay, reason);
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(message);
        }
    }

    private static void refuseDuplicate(boolean duplicate, String message) {
        if (duplicate) {
            throw new ValidationException(message);
        }
    }

    /** "Blanchiment dentaire" -> "blanchiment_dentaire", made unique among every code ever used here. */
    String freeCode(String label) {
        String base = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "soin";
        }
        base = base.length() > 34 ? base.substring(0, 34) : base;
        Set<String> used = database.inTransaction(session -> Set.copyOf(session.createSelectionQuery(
                "select code from CareTypeEntity", String.class).getResultList()));
        String code = base;
        for (int n = 2; used.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ClinicEntity clinicRow(Session session) {
        return session.createSelectionQuery("from ClinicEntity where deleted = false", ClinicEntity.class)
                .getSingleResult();
    }

    private static CareTypeEntity careTypeRow(Session session, String code) {
        return session.createSelectionQuery("from CareTypeEntity where deleted = false and code = :c",
                CareTypeEntity.class).setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new ValidationException("Ce type de soin n'existe plus."));
    }

    private static <T extends nova.store.SyncedEntity> T existing(Session session, Class<T> type, UUID id,
                                                                 String what) {
        T row = session.find(type, id);
        if (row == null || row.isDeleted()) {
            throw new ValidationException(what + " n'existe plus (supprimé ou remplacé par une synchronisation).");
        }
        return row;
    }

    /** The clinic's zone as {@link ZoneId}, refusing an unknown name with a French message. */
    public static ZoneId zoneNamed(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (RuntimeException unknown) {
            throw new ValidationException("Fuseau horaire inconnu : « " + name + " » (ex. Africa/Algiers).");
        }
    }
}
