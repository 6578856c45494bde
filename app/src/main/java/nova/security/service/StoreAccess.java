package nova.security.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import nova.app.Workstation;
import nova.security.domain.CurrentUser;
import nova.security.store.UserAccountEntity;
import nova.store.Database;
import nova.store.EncryptedStore;
import nova.store.StoreLayout;
import nova.store.logging.LogFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login: the password unwraps the data key, the data key opens the store. A wrong password fails at the first
 * step, so nothing is opened and nothing can be damaged.
 */
public final class StoreAccess {

    private static final Logger LOG = LoggerFactory.getLogger(StoreAccess.class);
    public static final String WRONG_CREDENTIALS = "Nom d'utilisateur ou mot de passe incorrect.";
    public static final String INACTIVE_ACCOUNT = "Ce compte a été désactivé. Adressez-vous à l'administrateur du "
            + "cabinet.";

    private final Clock clock;
    private final KeyWrapping keyWrapping;
    private final java.util.concurrent.atomic.AtomicReference<Database.Prepared> prepared =
            new java.util.concurrent.atomic.AtomicReference<>();

    public StoreAccess(Clock clock, KeyWrapping keyWrapping) {
        this.clock = clock;
        this.keyWrapping = keyWrapping;
    }

    /**
     * Builds the object mapping now (about half a second), so that the next {@link #open} only unlocks and
     * attaches the store. The GUI calls it in the background while the login screen is shown.
     */
    public void prepare() {
        if (prepared.get() == null) {
            Database.Prepared fresh = Database.prepare();
            if (!prepared.compareAndSet(null, fresh)) {
                fresh.close();
            }
        }
    }

    public boolean exists(Path dataDir) {
        return new StoreLayout(dataDir).storeExists();
    }

    public Workstation open(Path dataDir, String username, char[] password) throws AccessDeniedException {
        StoreLayout layout = new StoreLayout(dataDir);
        if (layout.storeExists()) {
            LogFiles.attach(layout.logDirectory());
        }
        if (!layout.storeExists()) {
            throw new AccessDeniedException("Aucune base NOVA dans le dossier " + dataDir + ".");
        }
        String user = KeyFile.normalize(username == null ? "" : username);
        byte[] dataKey = unwrap(layout, user, password);
        EncryptedStore store = null;
        try {
            store = EncryptedStore.open(layout, dataKey, false);
            Database.Prepared mapping = prepared.getAndSet(null);
            Database database = (mapping == null ? Database.prepare() : mapping).attach(store.dataSource());
            Optional<CurrentUser> account = database.inTransaction(session -> session.createSelectionQuery(
                            "from UserAccountEntity where username = :u and deleted = false and active = true",
                            UserAccountEntity.class).setParameter("u", user).uniqueResultOptional()
                    .map(UserAccountEntity::toCurrentUser));
            if (account.isEmpty()) {
                // Said only once the password proved right: a stranger learns nothing about the account.
                LOG.warn("event=login_refused reason=inactive_account user={}", user);
                database.close();
                store.close();
                throw new AccessDeniedException(INACTIVE_ACCOUNT);
            }
            Workstation workstation = new Workstation(layout, store::close, database, account.get(), clock, keyWrapping,
                    dataKey);
            workstation.recordLogin();
            LOG.info("event=login user={}", user);
            return workstation;
        } catch (IOException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            LOG.error("event=store_open_failed", e);
            throw new AccessDeniedException("La base n'a pas pu être ouverte : elle est peut-être utilisée par une autre "
                    + "fenêtre NOVA ou endommagée. Détail : " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private byte[] unwrap(StoreLayout layout, String user, char[] password) throws AccessDeniedException {
        KeyFile keys;
        try {
            keys = KeyFile.read(layout.keyFile());
        } catch (IOException e) {
            throw new AccessDeniedException(e.getMessage());
        }
        Optional<KeyWrapping.WrappedKey> entry = keys.entry(user);
        if (entry.isEmpty()) {
            LOG.warn("event=login_refused reason=unknown_user");
            throw new AccessDeniedException(WRONG_CREDENTIALS);
        }
        return keyWrapping.unwrap(entry.get(), user, password == null ? new char[0] : password).orElseThrow(() -> {
            LOG.warn("event=login_refused reason=wrong_password user={}", user);
            return new AccessDeniedException(WRONG_CREDENTIALS);
        });
    }
}
