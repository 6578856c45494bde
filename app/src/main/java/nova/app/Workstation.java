package nova.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import nova.assistant.domain.AssistantContext;
import nova.assistant.service.AssistantService;
import nova.assistant.service.ClinicAssistantContexts;
import nova.assistant.service.LocalFrenchEngine;
import nova.assistant.service.StoredClaudeSettings;
import nova.assistant.service.claude.CircuitBreaker;
import nova.assistant.service.claude.ClaudeEngine;
import nova.assistant.service.claude.RetryPolicy;
import nova.clinic.service.ClinicCard;
import nova.agenda.service.AgendaService;
import nova.agenda.service.WaitlistService;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.clinic.service.ClinicService;
import nova.clinic.service.ClinicSettingsService;
import nova.clinic.domain.Practitioner;
import nova.consultation.service.ConsultationService;
import nova.referral.service.ReferralInbox;
import nova.referral.service.ReferralSender;
import nova.referral.service.SiteDirectory;
import nova.consultation.service.ConsultationSyncFields;
import nova.patient.service.PatientService;
import nova.security.domain.CurrentUser;
import nova.security.service.AuditLog;
import nova.security.service.KeyWrapping;
import nova.security.service.UserService;
import nova.store.Database;
import nova.store.SettingsStore;
import nova.store.StoreLayout;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.conflict.ConflictResolver;
import nova.sync.service.Backoff;
import nova.sync.domain.ReferenceKind;
import nova.sync.service.OutboxWriter;
import nova.sync.service.ReferenceOutbox;
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
    private final Runnable closeStore;
    private final Database database;
    private final CurrentUser user;
    private final AuditLog audit;
    private final ClinicService clinic;
    private final ClinicSettingsService clinicSettings;
    private final PatientService patients;
    private final AgendaService agenda;
    private final WaitlistService waitlist;
    private final ConsultationService consultations;
    private final ReferralInbox referrals;
    private final SiteDirectory siteDirectory;
    private final OutboxWriter outbox;
    private final ReferenceOutbox references;
    private final SyncService sync;
    private SyncWorker syncWorker;
    private final Clock clock;
    private final StoredClaudeSettings claudeSettings;
    private ClaudeEngine claudeEngine;
    private AssistantService assistant;

    private final UserService users;
    private final SettingsStore settings;
    private final byte[] dataKey;

    /** {@code dataKey} is copied and kept in memory for the session (new accounts need it); wiped on close. */
    public Workstation(StoreLayout layout, Runnable closeStore, Database database, CurrentUser user, Clock clock,
                       KeyWrapping keyWrapping, byte[] dataKey) {
        this.layout = layout;
        this.closeStore = closeStore;
        this.database = database;
        this.user = user;
        this.audit = new AuditLog(clock, user.username());
        this.clinic = new ClinicService(database);
        this.outbox = new OutboxWriter(clock);
        this.references = new ReferenceOutbox(outbox);
        this.clinicSettings = new ClinicSettingsService(database, clinic, audit, clock, references);
        this.patients = new PatientService(database, audit, outbox, clock, clinic.siteId(),
                clinic.profile().countryCallingCode());
        this.settings = new SettingsStore(database);
        this.agenda = new AgendaService(database, clinic, audit, outbox, settings, clock, user.username());
        this.waitlist = new WaitlistService(database, clinic, agenda, audit, clock, references);
        SyncSettings syncSettings = new SyncSettings(settings);
        this.siteDirectory = new SiteDirectory(database);
        ReferralSender referralSender = new ReferralSender(outbox, clinic.siteId(), syncSettings::siteId,
                () -> clinic.profile().name(), siteDirectory, practitionerId -> clinic.practitioners().stream()
                        .filter(p -> p.id().equals(practitionerId)).map(Practitioner::displayName).findFirst()
                        .orElse(user.displayName()));
        this.consultations = new ConsultationService(database, audit, outbox, clock, clinic.siteId(), user,
                referralSender);
        this.referrals = new ReferralInbox(database, audit, outbox, clock, clinic.siteId(), user,
                syncSettings::siteId, siteDirectory);
        this.sync = new SyncService(new LocalTransactions(database), syncSettings,
                clinic.siteId(), new ConflictResolver(ConsultationSyncFields.with(
                        ConflictResolver.DEFAULT_CLINICAL_FIELDS), new ObjectMapper()), outbox, clock, user.username(),
                () -> clinic.doubleBookingPolicy() == DoubleBookingPolicy.REFUSE);
        // Another desk of the site changed the profile or a resource: the kept snapshot must follow.
        this.sync.addDataChangedListener(entities -> {
            if (entities.stream().anyMatch(e -> ReferenceKind.ofEntity(e).map(ReferenceKind::clinicResource)
                    .orElse(false))) {
                clinic.reload();
                writeClinicCard();
            }
        });
        this.dataKey = dataKey.clone();
        this.users = new UserService(database, layout, keyWrapping, audit, clock, user, this.dataKey, clinic.siteId());
        this.clock = clock;
        this.claudeSettings = new StoredClaudeSettings(settings);
    }

    /** clinic.json follows the profile and care types that sync brought (scripted tools read it without login). */
    private void writeClinicCard() {
        try {
            ClinicCard.of(clinic.profile(), clinic.careTypes()).write(layout.clinicCard());
        } catch (java.io.IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Workstation.class).warn("event=clinic_card_not_written", e);
        }
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

    /** The administrator's changes to the clinic (profile, resources, care types, closing periods). */
    public ClinicSettingsService clinicSettings() {
        return clinicSettings;
    }

    public PatientService patients() {
        return patients;
    }

    public AgendaService agenda() {
        return agenda;
    }

    public WaitlistService waitlist() {
        return waitlist;
    }

    public ConsultationService consultations() {
        return consultations;
    }

    /** Referrals other sites addressed to this one, and the answers to those this site sent. */
    public ReferralInbox referrals() {
        return referrals;
    }

    /** The hub's other sites, as the last synchronisation listed them. */
    public SiteDirectory siteDirectory() {
        return siteDirectory;
    }

    /** Writes the clinic's double-booking policy (admin setting), audited, and reloads the clinic snapshot. */
    public void setDoubleBookingPolicy(DoubleBookingPolicy policy) {
        clinic.setDoubleBookingPolicy(policy, audit, references, clock.instant());
    }

    public Database database() {
        return database;
    }

    /**
     * The session's one assistant, made on first use (its HTTP client would otherwise slow every login down). One
     * per session because its circuit breaker must remember Claude's failures across questions; the settings are
     * read on every question, so a key entered later applies at once.
     */
    public synchronized AssistantService assistant() {
        if (assistant == null) {
            claudeEngine = new ClaudeEngine(claudeSettings, RetryPolicy.defaults(), new ObjectMapper());
            assistant = new AssistantService(new LocalFrenchEngine(), claudeEngine, claudeSettings,
                    CircuitBreaker.withDefaults(clock));
        }
        return assistant;
    }

    /** The admin's Claude settings (on/off, key, model), kept in the encrypted store. */
    public StoredClaudeSettings claudeSettings() {
        return claudeSettings;
    }

    /** The assistant's context as of now: the clinic's card (address, zone, hours, care types) and the clock. */
    public AssistantContext assistantContext() {
        return ClinicAssistantContexts.of(ClinicCard.of(clinic.profile(), clinic.careTypes()), clock.instant());
    }

    /**
     * What every writer of reference data calls in its transaction after changing a row (clinic profile,
     * practitioner, chair, care type, blockout, waitlist entry) so that the site's other desks receive it.
     */
    public ReferenceOutbox referenceOutbox() {
        return references;
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
            if (claudeEngine != null) {
                claudeEngine.close();
            }
        }
        java.util.Arrays.fill(dataKey, (byte) 0);
        database.close();
        closeStore.run();
    }
}
