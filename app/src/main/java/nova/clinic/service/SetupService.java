package nova.clinic.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nova.clinic.domain.CareType;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.clinic.store.CareTypeEntity;
import nova.clinic.store.ChairEntity;
import nova.clinic.store.ClinicEntity;
import nova.clinic.store.PractitionerEntity;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.security.domain.Role;
import nova.security.service.AuditLog;
import nova.security.service.KeyFile;
import nova.security.service.KeyWrapping;
import nova.security.service.PasswordPolicy;
import nova.security.store.UserAccountEntity;
import nova.store.Database;
import nova.store.EncryptedStore;
import nova.store.StoreLayout;
import nova.sync.domain.ReferenceKind;
import nova.sync.service.OutboxWriter;
import nova.sync.service.ReferenceOutbox;

/**
 * Creates a new store: a fresh random data key wrapped for the first admin, the encrypted database with the
 * clinic profile and resources, and the clinic card. It never touches a directory that already holds a store.
 */
public final class SetupService {

    private final Clock clock;
    private final KeyWrapping keyWrapping;

    public SetupService(Clock clock, KeyWrapping keyWrapping) {
        this.clock = clock;
        this.keyWrapping = keyWrapping;
    }

    public void create(Path dataDir, SetupRequest request) {
        validate(request);
        StoreLayout layout = new StoreLayout(dataDir);
        if (Files.exists(layout.keyFile()) || Files.exists(layout.databaseDirectory())) {
            throw new ValidationException("Une base NOVA existe déjà dans " + dataDir
                    + " : elle n'est pas remplacée. Choisissez un autre dossier.");
        }
        byte[] dataKey = keyWrapping.newDataKey();
        try {
            Files.createDirectories(dataDir);
            try (EncryptedStore store = EncryptedStore.open(layout, dataKey, true);
                 Database database = Database.open(store.dataSource())) {
                populate(database, request);
            }
            KeyFile keys = KeyFile.empty(layout.keyFile());
            keys.put(request.adminUser(), keyWrapping.wrap(dataKey, KeyFile.normalize(request.adminUser()),
                    request.adminPassword()));
            keys.save();
            ClinicCard.of(request.profile(), request.careTypes()).write(layout.clinicCard());
        } catch (IOException | RuntimeException e) {
            removeQuietly(layout);
            if (e instanceof ValidationException validation) {
                throw validation;
            }
            throw new IllegalStateException("La création de la base a échoué : " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Fills a freshly migrated database with the clinic of {@code request} (and its demo data when asked), without
     * keys or files: {@link #create} uses it for a new store, the login screen for its in-memory rehearsal.
     */
    public void populate(Database database, SetupRequest request) {
        validate(request);
        UUID siteId = Ids.newId();
        Instant now = clock.instant();
        String admin = KeyFile.normalize(request.adminUser());
        // Reference data goes to the outbox with the rows: the first sync publishes the clinic for other desks.
        ReferenceOutbox hub = new ReferenceOutbox(new OutboxWriter(clock));
        database.runInTransaction(session -> {
            ClinicEntity clinic = new ClinicEntity(Ids.newId(), siteId, now, request.profile(), DoubleBookingPolicy.REFUSE);
            session.persist(clinic);
            hub.changed(session, ReferenceKind.CLINIC, clinic.getId());
            int position = 0;
            for (String name : request.chairNames()) {
                ChairEntity chair = new ChairEntity(Ids.newId(), siteId, now, name.strip(), position++);
                session.persist(chair);
                hub.changed(session, ReferenceKind.CHAIR, chair.getId());
            }
            position = 0;
            for (PractitionerDraft draft : request.practitioners()) {
                PractitionerEntity practitioner = new PractitionerEntity(Ids.newId(), siteId, now,
                        draft.displayName().strip(), draft.speciality(), position++);
                session.persist(practitioner);
                hub.changed(session, ReferenceKind.PRACTITIONER, practitioner.getId());
            }
            position = 0;
            for (CareType careType : request.careTypes()) {
                CareTypeEntity entity = new CareTypeEntity(Ids.newId(), siteId, now, careType, position++);
                session.persist(entity);
                hub.changed(session, ReferenceKind.CARE_TYPE, entity.getId());
            }
            UserAccountEntity user = new UserAccountEntity(Ids.newId(), siteId, now, admin, request.adminUser().strip(),
                    Role.ADMIN);
            session.persist(user);
            new AuditLog(clock, admin).record(session, "STORE_CREATED", "clinic", null,
                    "kind=" + request.profile().kind());
        });
        if (request.demo()) {
            new DemoData(database, clock, admin).populate();
        }
    }

    private static void validate(SetupRequest request) {
        if (request.profile().name() == null || request.profile().name().isBlank()) {
            throw new ValidationException("Le nom de l'établissement est obligatoire.");
        }
        if (request.profile().address() == null || request.profile().address().isBlank()) {
            throw new ValidationException("L'adresse de l'établissement est obligatoire.");
        }
        if (request.profile().workingDays().isEmpty()) {
            throw new ValidationException("Choisissez au moins un jour d'ouverture.");
        }
        if (!request.profile().opening().isBefore(request.profile().closing())) {
            throw new ValidationException("L'heure de fermeture doit suivre l'heure d'ouverture.");
        }
        if (request.chairNames().stream().noneMatch(n -> !n.isBlank())) {
            throw new ValidationException("Ajoutez au moins un fauteuil ou une salle.");
        }
        if (request.practitioners().isEmpty()) {
            throw new ValidationException("Ajoutez au moins un praticien.");
        }
        if (request.careTypes().isEmpty()) {
            throw new ValidationException("Ajoutez au moins un type de soin.");
        }
        if (request.careTypes().stream().anyMatch(c -> c.durationMinutes() < 5 || c.durationMinutes() > 480)) {
            throw new ValidationException("La durée d'un type de soin doit être comprise entre 5 et 480 minutes.");
        }
        checkAdmin(request.adminUser(), request.adminPassword());
    }

    /** The first administrator's name and password, as every new store (set up or joined) requires them. */
    static void checkAdmin(String adminUser, char[] adminPassword) {
        if (adminUser == null || !adminUser.strip().matches("[\\p{L}0-9._-]{2,64}")) {
            throw new ValidationException("Le nom d'utilisateur doit compter de 2 à 64 lettres, chiffres, points ou tirets.");
        }
        PasswordPolicy.check(adminPassword);
    }

    static void removeQuietly(StoreLayout layout) {
        for (Path path : List.of(layout.keyFile(), layout.clinicCard(), layout.databaseDirectory())) {
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException | UncheckedIOException ignored) {
                // Best effort: the original failure is what the user needs to see.
            }
        }
    }
}
