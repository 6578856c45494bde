package nova.sync.connector.hub;

import java.net.URI;

/** Accepts both {@code postgresql://host/db} (what users type) and {@code jdbc:postgresql://host/db}. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    public static String toJdbc(String url) {
        String trimmed = url.strip();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return trimmed;
        }
        if (trimmed.startsWith("postgresql:") || trimmed.startsWith("postgres:")) {
            return "jdbc:postgresql:" + trimmed.substring(trimmed.indexOf(':') + 1);
        }
        throw new IllegalArgumentException("Adresse PostgreSQL attendue (postgresql://hôte:port/base) : " + url);
    }

    public static String toJdbc(URI url) {
        return toJdbc(url.toString());
    }

    public static boolean isPostgresql(URI url) {
        String text = url.toString();
        return text.startsWith("jdbc:postgresql:") || text.startsWith("postgresql:") || text.startsWith("postgres:");
    }
}
