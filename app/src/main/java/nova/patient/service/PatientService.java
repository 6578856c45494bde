package nova.patient.service;

import java.text.Normalizer;
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
        return entity.toSummary();
    }

    public Optional<PatientSummary> find(UUID id) {
        return database.inTransaction(session -> Optional.ofNullable(session.find(PatientEntity.class, id))
                .filter(p -> !p.isDeleted()).map(PatientEntity::toSummary));
    }

    /** Name (any case, with or without accents) or phone (any written form); at most {@code limit} results. */
    public List<PatientSummary> search(String query, int limit) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Optional<String> phone = PhoneNumbers.toE164(text, countryCallingCode);
        String digits = text.replaceAll("\\D", "");
        if (phone.isPresent() || digits.length() >= 4 && digits.length() * 2 >= text.length()) {
            String needle = phone.orElse(digits.startsWith("0") ? digits.substring(1) : digits);
            return database.inTransaction(session -> session.createSelectionQuery(
                            "from PatientEntity where deleted = false and phoneE164 like :p order by lastName",
                            PatientEntity.class)
                    .setParameter("p", "%" + needle + "%").setMaxResults(limit)
                    .getResultList().stream().map(PatientEntity::toSummary).toList());
        }
        String folded = fold(text);
        return database.inTransaction(session -> session.createSelectionQuery(
                        "from PatientEntity where deleted = false", PatientEntity.class)
                .getResultList().stream()
                .filter(p -> fold(p.getLastName() + " " + nullToEmpty(p.getFirstName())).contains(folded)
                        || fold(nullToEmpty(p.getFirstName()) + " " + p.getLastName()).contains(folded))
                .limit(limit).map(PatientEntity::toSummary).toList());
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

    /** Lower case without accents: "Hadjèr" and "HADJER" compare equal. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
