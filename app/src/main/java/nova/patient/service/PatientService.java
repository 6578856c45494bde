package nova.patient.service;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.patient.store.PatientEntity;
import nova.security.service.AuditLog;
import nova.store.Database;
import nova.sync.service.OutboxWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates and finds patients. Phones are stored in E.164 only, whatever way they were typed. */
public final class PatientService {

    private static final Logger LOG = LoggerFactory.getLogger(PatientService.class);

    private final Database database;
    private final AuditLog audit;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final UUID siteId;
    private final int countryCallingCode;
    private volatile PatientSearchIndex index;

    public PatientService(Database database, AuditLog audit, OutboxWriter outbox, Clock clock, UUID siteId,
                          int countryCallingCode) {
        this.database = database;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.siteId = siteId;
        this.countryCallingCode = countryCallingCode;
    }

    public PatientSummary create(NewPatient draft) {
        PatientEntity entity = validated(draft);
        database.runInTransaction(session -> {
            session.persist(entity);
            outbox.upsert(session, "patient", entity.getId(), entity.getHubVersion(), entity.syncFields());
            audit.record(session, "PATIENT_CREATED", "patient", entity.getId(), null);
        });
        LOG.info("event=patient_created id={}", entity.getId());
        if (index != null) {
            index.put(entity.toSummary());
        }
        return entity.toSummary();
    }

    public Optional<PatientSummary> find(UUID id) {
        return database.inTransaction(session -> Optional.ofNullable(session.find(PatientEntity.class, id))
                .filter(p -> !p.isDeleted()).map(PatientEntity::toSummary));
    }

    /**
     * Whether another patient on this workstation has exactly this one's last and first name (any case): screens
     * that show a bare name then add what tells them apart. Read from the store, not the search index, which may
     * not have followed a synchronisation yet.
     */
    public boolean hasNamesake(PatientSummary patient) {
        String first = patient.firstName() == null ? "" : patient.firstName().strip();
        Long others = database.inTransaction(session -> session.createSelectionQuery(
                "select count(p) from PatientEntity p where p.deleted = false and p.id <> :id"
                        + " and lower(trim(p.lastName)) = lower(:last)"
                        + " and lower(trim(coalesce(p.firstName, ''))) = lower(:first)", Long.class)
                .setParameter("id", patient.id()).setParameter("last", patient.lastName().strip())
                .setParameter("first", first).getSingleResult());
        return others > 0;
    }

    /**
     * Name (any case, with or without accents, with a typo) or phone (any written form, or part of it); best
     * matches first, at most {@code limit}.
     */
    public List<PatientSummary> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return index().search(query, limit).stream().map(PatientMatch::patient).toList();
    }

    /**
     * The search index, filled from the store on first use (a few hundred milliseconds for 100,000 patients), so a
     * login never waits for it. {@link #reloadIndex()} rebuilds it after a sync changed patients.
     */
    private PatientSearchIndex index() {
        PatientSearchIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = load();
                }
                current = index;
            }
        }
        return current;
    }

    /** Builds the index now; the GUI calls it in the background right after login. */
    public void warmUp() {
        index();
    }

    public synchronized void reloadIndex() {
        index = load();
    }

    private PatientSearchIndex load() {
        PatientSearchIndex fresh = new PatientSearchIndex();
        database.runInTransaction(session -> session.createSelectionQuery(
                        "from PatientEntity where deleted = false", PatientEntity.class)
                .getResultStream().forEach(p -> fresh.put(p.toSummary())));
        return fresh;
    }

    private PatientEntity validated(NewPatient draft) {
        String lastName = draft.lastName() == null ? "" : draft.lastName().strip();
        if (lastName.isEmpty()) {
            throw new ValidationException("Le nom du patient est obligatoire.");
        }
        String phone = null;
        if (draft.phone() != null && !draft.phone().isBlank()) {
            phone = PhoneNumbers.toE164(draft.phone(), countryCallingCode).orElseThrow(() -> new ValidationException(
                    "Le numéro de téléphone « " + draft.phone().strip() + " » n'est pas valide. Exemple : "
                            + (countryCallingCode == 223 ? "76 12 34 56." : "0555 12 34 56.")));
        }
        Integer birthYear = draft.birthYear();
        int thisYear = Year.now(clock).getValue();
        if (birthYear != null && (birthYear < thisYear - 120 || birthYear > thisYear)) {
            throw new ValidationException("L'année de naissance doit être comprise entre " + (thisYear - 120)
                    + " et " + thisYear + ".");
        }
        if (draft.birthDate() != null) {
            birthYear = draft.birthDate().getYear();
        }
        String email = draft.email() == null || draft.email().isBlank() ? null : draft.email().strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("L'adresse e-mail « " + email + " » n'est pas valide.");
        }
        Instant now = clock.instant();
        return new PatientEntity(Ids.newId(), siteId, now, lastName.toUpperCase(Locale.FRENCH),
                blankToNull(draft.firstName()), draft.sex() == null ? Sex.UNKNOWN : draft.sex(), birthYear,
                draft.birthDate(), phone, blankToNull(draft.village()), email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
