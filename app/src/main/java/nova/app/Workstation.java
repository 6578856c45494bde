package nova.app;

import java.time.Clock;
import nova.agenda.service.AgendaService;
import nova.agenda.domain.DoubleBookingPolicy;
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
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.conflict.ConflictResolver;
import nova.sync.service.Backoff;
import nova.sync.service.OutboxWriter;
import nova.sync.service.SyncService;
import nova.sync.service.SyncSettings;
import nova.sync.service.SyncWorker;
import nova.sync.store.LocalTransactions;

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
    private final OutboxWriter outbox;
    private final SyncService sync;
    private SyncWorker syncWorker;

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
        this.outbox = new OutboxWriter(clock);
        this.patients = new PatientService(database, audit, outbox, clock, clinic.siteId(),
                clinic.profile().countryCallingCode());
        this.settings = new SettingsStore(database);
        this.agenda = new AgendaService(database, clinic, audit, outbox, settings, clock, user.username());
        this.sync = new SyncService(new LocalTransactions(database), new SyncSettings(settings),
                clinic.siteId(), new ConflictResolver(), outbox, clock, user.username(),
                () -> clinic.doubleBookingPolicy() == DoubleBookingPolicy.REFUSE);
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

    public SyncService sync() {
        return sync;
    }

    /**
     * The background sync of this session, made on first call (not started): the GUI starts it after login when
     * the hub is configured; it stops with the session. Local writes wake it through the outbox.
     */
    public synchronized SyncWorker syncWorker() {
        if (syncWorker == null) {
            SyncSettings settings = sync.settings();
            syncWorker = new SyncWorker(sync, () -> SyncConnectors.open(settings.effectiveUrl(),
                    settings.hubCredentials()), SyncWorker.DEFAULT_POLL, Backoff.standard());
            outbox.onCommitted(syncWorker::wake);
        }
        return syncWorker;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (syncWorker != null) {
                syncWorker.close();
            }
        }
        java.util.Arrays.fill(dataKey, (byte) 0);
        database.close();
        store.close();
    }
}
