package nova.sync.connector.hub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.regex.Pattern;
import nova.sync.connector.SyncException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs or upgrades the hub schema (Flyway, {@code db/hub}) and creates site logins. Runs with an admin
 * login that can create roles; that login should be a superuser or hold BYPASSRLS to see every site.
 */
public final class HubInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(HubInstaller.class);
    private static final Pattern SITE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    /** Site logins cannot hold a transaction open longer than this: pulls wait behind open transactions. */
    static final String IDLE_IN_TRANSACTION_TIMEOUT = "15s";
    static final String STATEMENT_TIMEOUT = "60s";
    private static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final String adminJdbcUrl;
    private final String adminUser;
    private final char[] adminPassword;

    public HubInstaller(String adminJdbcUrl, String adminUser, char[] adminPassword) {
        this.adminJdbcUrl = JdbcUrls.toJdbc(adminJdbcUrl);
        this.adminUser = adminUser;
        this.adminPassword = adminPassword.clone();
    }

    /** Convenience for the one-shot admin command. */
    public static int install(String adminJdbcUrl, String user, char[] password) {
        return new HubInstaller(adminJdbcUrl, user, password).install();
    }

    /** Applies pending migrations; returns how many ran. */
    public int install() {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(adminJdbcUrl, adminUser, new String(adminPassword))
                    .locations("classpath:db/hub")
                    .schemas("nova_hub")
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            LOG.info("Hub schema migrated, {} migration(s) applied", applied);
            return applied;
        } catch (FlywayException e) {
            throw new SyncException("Installation du hub impossible : " + rootMessage(e), false, e);
        }
    }

    /**
     * Creates (or re-keys) the login of one site. The role name is derived from the site id and recorded in
     * {@code nova_hub.site}, which only the admin can write: that mapping is what every policy trusts.
     */
    public String createSite(String siteId, char[] sitePassword) {
        if (siteId == null || !SITE_ID.matcher(siteId).matches()) {
            throw new SyncException("Identifiant de site invalide (lettres, chiffres, - et _ ; 40 au plus) : " + siteId, false);
        }
        if (sitePassword == null || sitePassword.length < MINIMUM_PASSWORD_LENGTH) {
            throw new SyncException("Le mot de passe du site doit compter au moins " + MINIMUM_PASSWORD_LENGTH
                    + " caractères.", false);
        }
        String role = roleNameOf(siteId);
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, new String(adminPassword))) {
            connection.setAutoCommit(false);
            String mappedSite = siteOfRole(connection, role);
            if (mappedSite != null && !mappedSite.equals(siteId)) {
                throw new SyncException("Le compte " + role + " sert déjà le site « " + mappedSite + " ».", false);
            }
            String quotedRole = quoteIdentifier(connection, role);
            String quotedPassword = quoteLiteral(connection, new String(sitePassword));
            try (Statement statement = connection.createStatement()) {
                if (roleExists(connection, role)) {
                    statement.execute("ALTER ROLE " + quotedRole + " LOGIN PASSWORD " + quotedPassword);
                } else {
                    statement.execute("CREATE ROLE " + quotedRole + " LOGIN PASSWORD " + quotedPassword);
                }
                statement.execute("GRANT nova_site TO " + quotedRole);
                statement.execute("ALTER ROLE " + quotedRole + " SET idle_in_transaction_session_timeout = '"
                        + IDLE_IN_TRANSACTION_TIMEOUT + "'");
                statement.execute("ALTER ROLE " + quotedRole + " SET statement_timeout = '" + STATEMENT_TIMEOUT + "'");
                statement.execute("ALTER ROLE " + quotedRole + " SET search_path = nova_hub, pg_catalog");
                statement.execute("GRANT CONNECT ON DATABASE " + quoteIdentifier(connection, connection.getCatalog())
                        + " TO " + quotedRole);
            }
            if (mappedSite == null) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO nova_hub.site (site_id, role_name) VALUES (?, ?)")) {
                    insert.setString(1, siteId);
                    insert.setString(2, role);
                    insert.executeUpdate();
                }
            }
            connection.commit();
            LOG.info("Site {} ready with login role {}", siteId, role);
            return role;
        } catch (SQLException e) {
            throw new SyncException("Création du site « " + siteId + " » impossible : " + e.getMessage(), false, e);
        } finally {
            Arrays.fill(sitePassword, '\0');
        }
    }

    /**
     * Takes a site off the hub (a clinic closed, a site made by mistake): its row in {@code nova_hub.site} goes, so
     * that no policy maps its login to a site any more and the others' directories drop it; its login can no longer
     * connect and its open sessions are ended. Its records stay on the hub for district reporting; {@link
     * #createSite} with the same id brings it back.
     *
     * @return the sessions of the site that were ended
     */
    public int removeSite(String siteId) {
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, new String(adminPassword))) {
            connection.setAutoCommit(false);
            String role;
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM nova_hub.site WHERE site_id = ? RETURNING role_name")) {
                delete.setString(1, siteId);
                try (ResultSet deleted = delete.executeQuery()) {
                    if (!deleted.next()) {
                        throw new SyncException("Site inconnu du hub : « " + siteId + " ».", false);
                    }
                    role = deleted.getString(1);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER ROLE " + quoteIdentifier(connection, role) + " NOLOGIN");
            }
            connection.commit();
            int ended;
            try (PreparedStatement terminate = connection.prepareStatement(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = ?")) {
                terminate.setString(1, role);
                try (ResultSet count = terminate.executeQuery()) {
                    count.next();
                    ended = count.getInt(1);
                }
            }
            connection.commit();
            LOG.info("Site {} removed, login role {} disabled, {} session(s) ended", siteId, role, ended);
            return ended;
        } catch (SQLException e) {
            throw new SyncException("Retrait du site « " + siteId + " » impossible : " + e.getMessage(), false, e);
        }
    }

    /**
     * The name other sites see for this one when they choose a referral's destination (« CSRéf de Kati »); blank
     * gives back the name of the clinic profile the site published.
     */
    public void nameSite(String siteId, String displayName) {
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, new String(adminPassword));
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE nova_hub.site SET display_name = ? WHERE site_id = ?")) {
            update.setString(1, displayName == null || displayName.isBlank() ? null : displayName.strip());
            update.setString(2, siteId);
            if (update.executeUpdate() != 1) {
                throw new SyncException("Site inconnu du hub : « " + siteId + " ».", false);
            }
        } catch (SQLException e) {
            throw new SyncException("Impossible de nommer le site : " + e.getMessage(), false, e);
        }
    }

    /** The login role of a site: lower case so that it needs no quoting in a connection string. */
    public static String roleNameOf(String siteId) {
        return "nova_site_" + siteId.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static String siteOfRole(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT site_id FROM nova_hub.site WHERE role_name = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String quoteIdentifier(Connection connection, String identifier) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT quote_ident(?)")) {
            query.setString(1, identifier);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String quoteLiteral(Connection connection, String literal) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT quote_literal(?)")) {
            query.setString(1, literal);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
