package nova.clinic.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.security.domain.Role;
import nova.security.service.AuditLog;
import nova.security.service.KeyFile;
import nova.security.service.KeyWrapping;
import nova.security.store.UserAccountEntity;
import nova.store.Database;
import nova.store.EncryptedStore;
import nova.store.SettingsStore;
import nova.store.StoreLayout;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.conflict.ConflictResolver;
import nova.sync.domain.SyncReport;
import nova.sync.service.SyncEngine;
import nova.sync.service.SyncIdentity;
import nova.sync.service.SyncProgress;
import nova.sync.service.SyncSettings;
import nova.sync.store.LocalTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the store of a second (or later) desk of a clinic from the hub instead of a copy of the first desk's
 * store (decision 0151): a new data key, the hub settings, then the site's current records (clinic profile,
 * resources, blockouts, waitlist, patients, appointments: one row per record from the hub's snapshot, decision
 * 0181) applied by the normal sync engine, which leaves the pull cursor where the next synchronisation continues.
 * The desk's administrator is created last, under the site id the clinic row brought. Nothing is left behind when the hub cannot be reached or knows no clinic yet.
 */
public final class JoinSiteService {

    private static final Logger LOG = LoggerFactory.getLogger(JoinSiteService.class);

    private final Clock clock;
    private final KeyWrapping keyWrapping;

    public JoinSiteService(Clock clock, KeyWrapping keyWrapping) {
        this.clock = clock;
        this.keyWrapping = keyWrapping;
    }

    /**
     * @throws ValidationException a French refusal (bad settings, existing store, no clinic on the hub)
     * @throws nova.sync.connector.SyncException the hub could not be reached or refused the login (French)
     */
    public JoinResult join(Path dataDir, JoinRequest request, SyncProgress progress) {
        SetupService.checkAdmin(request.adminUser(), request.adminPassword());
        StoreLayout layout = new StoreLayout(dataDir);
        if (Files.exists(layout.keyFile()) || Files.exists(layout.databaseDirectory())) {
            throw new ValidationException("Une base NOVA existe déjà dans " + dataDir
                    + " : elle n'est pas remplacée. Choisissez un autre dossier.");
        }
        byte[] dataKey = keyWrapping.newDataKey();
        try {
            Files.createDirectories(dataDir);
            JoinResult result;
            try (EncryptedStore store = EncryptedStore.open(layout, dataKey, true);
                 Database database = Database.open(store.dataSource())) {
                result = populate(database, request, progress);
                ClinicService clinic = new ClinicService(database);
                ClinicCard.of(clinic.profile(), clinic.careTypes()).write(layout.clinicCard());
            }
            KeyFile keys = KeyFile.empty(layout.keyFile());
            keys.put(request.adminUser(), keyWrapping.wrap(dataKey, KeyFile.normalize(request.adminUser()),
                    request.adminPassword()));
            keys.save();
            LOG.info("event=store_joined_hub site={} received={}", request.siteId(), result.recordsReceived());
            return result;
        } catch (IOException | RuntimeException e) {
            SetupService.removeQuietly(layout);
            if (e instanceof RuntimeException runtime && (e instanceof ValidationException
                    || e instanceof nova.sync.connector.SyncException)) {
                throw runtime;
            }
            throw new IllegalStateException("La création de la base a échoué : " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(dataKey, (byte) 0);
        }
    }

    private JoinResult populate(Database database, JoinRequest request, SyncProgress progress) {
        SyncSettings settings = new SyncSettings(new SettingsStore(database));
        settings.configure(request.hubUrl(), request.siteId(), request.hubUser(), request.hubPassword(), null,
                request.tlsOffForLoopbackHub());
        LocalTransactions transactions = new LocalTransactions(database);
        // Every payload names the local site id of its record, so this stand-in is never written; the real one
        // arrives with the clinic row.
        UUID standIn = UUID.nameUUIDFromBytes(("join/" + request.siteId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SyncEngine engine = new SyncEngine(transactions, new SyncIdentity(request.siteId(), settings.workstationId(),
                standIn), new ConflictResolver(), clock, () -> false);
        SyncReport report;
        try (SyncConnector hub = SyncConnectors.open(settings.effectiveUrl(), settings.hubCredentials())) {
            report = engine.join(hub, progress, new HashSet<>());
        }
        Counts counts = transactions.inTransaction(tx -> {
            long clinics = count(tx.connection(), "SELECT count(*) FROM clinic WHERE deleted = FALSE");
            if (clinics == 0) {
                throw new ValidationException("Le hub ne connaît pas encore le cabinet du site « " + request.siteId()
                        + " » : synchronisez d'abord un poste de ce cabinet (« nova sync run »), puis recommencez.");
            }
            // A second profile is parked by the pull, not written: it counts all the same.
            if (clinics + count(tx.connection(), "SELECT count(*) FROM sync_parked WHERE entity = 'clinic'") > 1) {
                throw new ValidationException("Le hub connaît plusieurs profils d'établissement pour le site « "
                        + request.siteId() + " » (postes installés séparément) : ce poste ne peut pas le rejoindre.");
            }
            return new Counts(
                    count(tx.connection(), "SELECT count(*) FROM practitioner WHERE deleted = FALSE AND active = TRUE"),
                    count(tx.connection(), "SELECT count(*) FROM chair WHERE deleted = FALSE AND active = TRUE"),
                    count(tx.connection(), "SELECT count(*) FROM care_type WHERE deleted = FALSE AND active = TRUE"));
        });
        ClinicService clinic = new ClinicService(database);
        Instant now = clock.instant();
        String admin = KeyFile.normalize(request.adminUser());
        database.runInTransaction(session -> {
            session.persist(new UserAccountEntity(Ids.newId(), clinic.siteId(), now, admin,
                    request.adminUser().strip(), Role.ADMIN));
            new AuditLog(clock, admin).record(session, "STORE_JOINED", "clinic", null, "site=" + request.siteId());
        });
        settings.recordSuccess(now);
        return new JoinResult(clinic.profile().name(), (int) counts.practitioners(), (int) counts.chairs(),
                (int) counts.careTypes(), report.applied());
    }

    private record Counts(long practitioners, long chairs, long careTypes) {
    }

    private static long count(java.sql.Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
