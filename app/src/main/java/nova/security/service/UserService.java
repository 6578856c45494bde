package nova.security.service;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.security.domain.CurrentUser;
import nova.security.domain.Role;
import nova.security.domain.UserAccount;
import nova.security.store.UserAccountEntity;
import nova.store.Database;
import nova.store.StoreLayout;

/**
 * Accounts of this store. A new account gets its own wrapped copy of the data key; a password change rewraps one
 * entry. Neither touches the encrypted database file's key, so both are instant whatever the store's size.
 */
public final class UserService {

    private final Database database;
    private final StoreLayout layout;
    private final KeyWrapping keyWrapping;
    private final AuditLog audit;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final byte[] dataKey;
    private final java.util.UUID siteId;

    /** {@code dataKey} is the open store's key, held in memory only while the session lasts. */
    public UserService(Database database, StoreLayout layout, KeyWrapping keyWrapping, AuditLog audit, Clock clock,
                       CurrentUser currentUser, byte[] dataKey, java.util.UUID siteId) {
        this.database = database;
        this.layout = layout;
        this.keyWrapping = keyWrapping;
        this.audit = audit;
        this.clock = clock;
        this.currentUser = currentUser;
        this.dataKey = dataKey;
        this.siteId = siteId;
    }

    /** Every account of this store, deactivated ones included, by username. */
    public List<UserAccount> users() {
        return database.inTransaction(session -> session.createSelectionQuery(
                        "from UserAccountEntity where deleted = false order by username", UserAccountEntity.class)
                .getResultList().stream().map(UserAccountEntity::toAccount).toList());
    }

    /**
     * Deactivates an account (it can no longer log in; its name stays on what it did) or reactivates it with its
     * password unchanged. An administrator cannot deactivate their own account nor the last active administrator:
     * nobody could then manage the accounts.
     */
    public void setActive(String username, boolean active) {
        if (currentUser.role() != Role.ADMIN) {
            throw new ValidationException("Seul un administrateur peut désactiver ou réactiver un compte.");
        }
        String user = username == null ? "" : KeyFile.normalize(username);
        if (!active && user.equals(currentUser.username())) {
            throw new ValidationException("Vous ne pouvez pas désactiver votre propre compte.");
        }
        database.runInTransaction(session -> {
            List<UserAccountEntity> accounts = session.createSelectionQuery(
                    "from UserAccountEntity where deleted = false", UserAccountEntity.class).getResultList();
            UserAccountEntity account = accounts.stream().filter(a -> a.getUsername().equals(user)).findFirst()
                    .orElseThrow(() -> new ValidationException("Le compte « " + user + " » n'existe pas sur ce poste."));
            if (account.isActive() == active) {
                return;
            }
            if (!active && account.getRole() == Role.ADMIN && accounts.stream()
                    .noneMatch(a -> a != account && a.isActive() && a.getRole() == Role.ADMIN)) {
                throw new ValidationException("« " + user + " » est le dernier administrateur actif : "
                        + "il doit rester au moins un administrateur pour gérer les comptes.");
            }
            account.setActive(active, clock.instant());
            audit.record(session, active ? "USER_REACTIVATED" : "USER_DEACTIVATED", "user_account",
                    account.getId(), "user=" + user);
        });
    }

    public void addUser(String username, String displayName, Role role, char[] password) {
        if (currentUser.role() != Role.ADMIN) {
            throw new ValidationException("Seul un administrateur peut créer un compte.");
        }
        String user = username == null ? "" : KeyFile.normalize(username);
        if (!user.matches("[\\p{L}0-9._-]{2,64}")) {
            throw new ValidationException("Le nom d'utilisateur doit compter de 2 à 64 lettres, chiffres, points ou tirets.");
        }
        PasswordPolicy.check(password);
        KeyFile keys = readKeys();
        if (keys.entry(user).isPresent()) {
            throw new ValidationException("Le compte « " + user + " » existe déjà.");
        }
        database.runInTransaction(session -> {
            UserAccountEntity account = new UserAccountEntity(Ids.newId(), siteId, clock.instant(), user,
                    displayName == null || displayName.isBlank() ? user : displayName.strip(), role);
            session.persist(account);
            audit.record(session, "USER_CREATED", "user_account", account.getId(), "role=" + role);
        });
        keys.put(user, keyWrapping.wrap(dataKey, user, password));
        saveKeys(keys);
    }

    /** Changes the current user's password; the old one must be given again. */
    public void changePassword(char[] oldPassword, char[] newPassword) {
        PasswordPolicy.check(newPassword);
        KeyFile keys = readKeys();
        String user = currentUser.username();
        var entry = keys.entry(user).orElseThrow(() -> new ValidationException("Compte introuvable dans le fichier des clés."));
        if (keyWrapping.unwrap(entry, user, oldPassword).isEmpty()) {
            throw new ValidationException("L'ancien mot de passe est incorrect.");
        }
        keys.put(user, keyWrapping.wrap(dataKey, user, newPassword));
        saveKeys(keys);
        database.runInTransaction(session -> audit.record(session, "PASSWORD_CHANGED", "user_account", null, null));
    }

    /**
     * An administrator gives another account a new password (it was forgotten): the data key, held by the admin's
     * session, is wrapped again for that account; its old password stops opening the store.
     */
    public void resetPassword(String username, char[] newPassword) {
        if (currentUser.role() != Role.ADMIN) {
            throw new ValidationException("Seul un administrateur peut donner un nouveau mot de passe.");
        }
        String user = username == null ? "" : KeyFile.normalize(username);
        if (user.equals(currentUser.username())) {
            throw new ValidationException("Pour votre propre compte, changez le mot de passe en donnant l'ancien.");
        }
        PasswordPolicy.check(newPassword);
        KeyFile keys = readKeys();
        if (keys.entry(user).isEmpty()) {
            throw new ValidationException("Le compte « " + user + " » n'existe pas sur ce poste.");
        }
        keys.put(user, keyWrapping.wrap(dataKey, user, newPassword));
        saveKeys(keys);
        database.runInTransaction(session -> audit.record(session, "PASSWORD_RESET", "user_account", null,
                "user=" + user));
    }

    private KeyFile readKeys() {
        try {
            return KeyFile.read(layout.keyFile());
        } catch (IOException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    private void saveKeys(KeyFile keys) {
        try {
            keys.save();
        } catch (IOException e) {
            throw new ValidationException("Le fichier des clés n'a pas pu être enregistré : " + e.getMessage());
        }
    }
}
