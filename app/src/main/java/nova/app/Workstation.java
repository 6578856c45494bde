package nova.app;

import java.time.Clock;
import nova.agenda.service.AgendaService;
import nova.clinic.service.ClinicService;
import nova.patient.service.PatientService;
import nova.security.domain.CurrentUser;
import nova.security.service.AuditLog;
import nova.security.service.KeyWrapping;
import nova.security.service.UserService;
import nova.store.Database;
import nova.store.EncryptedStore;
import nova.store.SettingsStore;
import nova.store.StoreLayout;
import nova.sync.service.OutboxWriter;

/**
 * The composition root of an opened store: every service of a logged-in session is built here, once, with its
 * collaborators passed in. Screens and commands receive what they need from it.
 */
public final class Workstation implements AutoCloseable {

    private final StoreLayout layout;
    private final EncryptedStore store;
    private final Database database;
    private final CurrentUser user;
    private final AuditLog audit;
    private final ClinicService clinic;
    private final PatientService patients;
    private final AgendaService agenda;

    private final UserService users;
    private final SettingsStore settings;
    private final byte[] dataKey;

    /** {@code dataKey} is copied and kept in memory for the session (new accounts need it); wiped on close. */
    public Workstation(StoreLayout layout, EncryptedStore store, Database database, CurrentUser user, Clock clock,
                       KeyWrapping keyWrapping, byte[] dataKey) {
        this.layout = layout;
        this.store = store;
        this.database = database;
        this.user = user;
        this.audit = new AuditLog(clock, user.username());
        this.clinic = new ClinicService(database);
        OutboxWriter outbox = new OutboxWriter(clock);
        this.patients = new PatientService(database, audit, outbox, clock, clinic.siteId(),
                clinic.profile().countryCallingCode());
        this.settings = new SettingsStore(database);
        this.agenda = new AgendaService(database, clinic, audit, outbox, settings, clock, user.username());
        this.dataKey = dataKey.clone();
        this.users = new UserService(database, layout, keyWrapping, audit, clock, user, this.dataKey, clinic.siteId());
    }

    public SettingsStore settings() {
        return settings;
    }

    public UserService users() {
        return users;
    }

    public void recordLogin() {
        database.runInTransaction(session -> audit.record(session, "LOGIN", "user_account", null, null));
    }

    public StoreLayout layout() {
        return layout;
    }

    public CurrentUser user() {
        return user;
    }

    public String username() {
        return user.username();
    }

    public ClinicService clinic() {
        return clinic;
    }

    public PatientService patients() {
        return patients;
    }

    public AgendaService agenda() {
        return agenda;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        java.util.Arrays.fill(dataKey, (byte) 0);
        database.close();
        store.close();
    }
}
