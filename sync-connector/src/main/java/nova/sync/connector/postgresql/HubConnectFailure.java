package nova.sync.connector.postgresql;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import nova.sync.connector.SyncException;
import org.postgresql.util.GT;

/**
 * Why a hub connection could not be opened, in French, with what to do about it, and whether trying again later
 * can help. A wrong password or an untrusted certificate will not mend by itself: not retryable, the sync status
 * says « erreur ». A network that is down will: retryable, the status says « hors ligne » and the worker tries
 * again, so the message need not say so. Read from the SQLSTATE the server sent, or from the cause the driver
 * wrapped; never from the server's message text, which follows the server's language.
 */
final class HubConnectFailure {

    private HubConnectFailure() {
    }

    static SyncException explain(SQLException failure, String jdbcUrl, String user) {
        String hub = hubOf(jdbcUrl);
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return switch (state) {
            // With SCRAM the server answers an unknown account exactly like a wrong password.
            case "28P01" -> permanent("Le hub refuse le compte « " + user + " » : mot de passe erroné ou compte"
                    + " inconnu du hub. Corrigez-le dans Réglages › Synchronisation (hub).", failure);
            // No pg_hba.conf rule for this client, or a login disabled (a site removed from the hub).
            case "28000" -> permanent("Le hub n'accepte pas le compte « " + user + " » (compte désactivé, site retiré"
                    + " du hub, ou aucune règle d'accès pour ce poste dans pg_hba.conf) : voyez avec l'administrateur"
                    + " du hub.", failure);
            case "3D000" -> permanent("La base « " + databaseOf(jdbcUrl) + " » n'existe pas sur le serveur " + hub
                    + " : vérifiez l'adresse du hub.", failure);
            case "53300" -> retry("Le hub refuse de nouvelles connexions pour l'instant (trop de postes"
                    + " connectés).", failure);
            case "57P03" -> retry("Le hub démarre ou s'arrête.", failure);
            default -> fromCause(failure, state, message, hub);
        };
    }

    private static SyncException fromCause(SQLException failure, String state, String message, String hub) {
        if (has(failure, UnknownHostException.class)) {
            return retry("Nom du hub inconnu (" + hub + ") : pas de réseau, ou adresse erronée.", failure);
        }
        if (has(failure, ConnectException.class)) {
            return retry("Hub injoignable (" + hub + ") : pas de réseau, hub arrêté, ou adresse ou port erronés.", failure);
        }
        if (has(failure, SocketTimeoutException.class)) {
            return retry("Le hub ne répond pas (" + hub + ") : liaison trop lente ou coupée.", failure);
        }
        // These three have no SQLSTATE or cause of their own: recognised by pgjdbc's wording, in the language
        // pgjdbc chose for this JVM (French on a French workstation), see driverSays.
        if (driverSays(message, "The server does not support SSL.")) {
            return permanent("Le serveur " + hub + " n'accepte pas les connexions chiffrées (TLS) : activez TLS sur"
                    + " le hub (voir le guide de synchronisation).", failure);
        }
        if (driverSays(message, "The hostname {0} could not be verified by hostnameverifier {1}.")) {
            return permanent("Le certificat TLS du hub n'est pas au nom de « " + hostOf(hub) + " » : vérifiez"
                    + " l'adresse du hub, elle doit être le nom inscrit dans son certificat.", failure);
        }
        if (has(failure, CertPathBuilderException.class) || has(failure, CertPathValidatorException.class)
                || has(failure, CertificateException.class)
                || driverSays(message, "Could not open SSL root certificate file {0}.")) {
            return permanent("Certificat TLS du hub non reconnu par ce poste (" + hub + ") : il doit être signé par"
                    + " une autorité reconnue, ou par celle donnée dans l'adresse du hub (sslrootcert, voir le"
                    + " guide de synchronisation).", failure);
        }
        if (has(failure, SSLException.class)) {
            return retry("Échec de la négociation TLS avec le hub (" + hub + ").",
                    failure);
        }
        boolean network = state.startsWith("08");
        return new SyncException("Connexion au hub impossible (" + hub + ") : " + message, network, failure);
    }

    /**
     * Whether {@code message} is pgjdbc's {@code template}: pgjdbc translates its messages with the JVM's locale
     * ({@link GT}), so the template is translated the same way and compared up to its first argument.
     */
    private static boolean driverSays(String message, String template) {
        String mark = "\u0001";
        String translated = GT.tr(template, mark, mark);
        int firstArgument = translated.indexOf(mark);
        String prefix = firstArgument < 0 ? translated : translated.substring(0, firstArgument);
        return !prefix.isBlank() && message.startsWith(prefix);
    }

    private static SyncException permanent(String french, SQLException cause) {
        return new SyncException(french, false, cause);
    }

    private static SyncException retry(String french, SQLException cause) {
        return new SyncException(french, true, cause);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (kind.isInstance(at)) {
                return true;
            }
        }
        return false;
    }

    /** {@code host:port} of a {@code jdbc:postgresql://host:port/db?...} URL, the URL itself otherwise. */
    static String hubOf(String jdbcUrl) {
        String prefix = "jdbc:postgresql://";
        if (!jdbcUrl.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return jdbcUrl;
        }
        String rest = jdbcUrl.substring(prefix.length());
        int end = rest.indexOf('/');
        return end < 0 ? rest.split("\\?")[0] : rest.substring(0, end);
    }

    private static String hostOf(String hub) {
        if (hub.startsWith("[")) {
            return hub.substring(0, hub.indexOf(']') + 1);
        }
        int colon = hub.lastIndexOf(':');
        return colon < 0 ? hub : hub.substring(0, colon);
    }

    private static String databaseOf(String jdbcUrl) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        return slash < 0 ? "" : jdbcUrl.substring(slash + 1).split("\\?")[0];
    }
}
