package nova.sync.connector.postgresql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import nova.sync.connector.ChangeHint;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTEN on its own connection, on the site's own channel (hub migration V9, decision 0211): the server sends this
 * workstation its site's hints only. Notifications received in one wait are coalesced into one call. Never a data
 * path: a lost notification only delays the next poll.
 */
final class PostgresChangeHint implements ChangeHint {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeHint.class);
    private static final int WAIT_MILLIS = 500;
    /**
     * The wait before listening again after losing the connection, drawn in this range: a hub restart drops every
     * workstation's hint connection in the same instant, and a fixed wait brought them all back in the same
     * instant too.
     */
    private static final long RECONNECT_MIN_MILLIS = 2_500;
    private static final long RECONNECT_MAX_MILLIS = 7_500;

    private final HubConnectionFactory connections;
    private final String channel;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean open = true;

    PostgresChangeHint(HubConnectionFactory connections, String siteId) {
        this.connections = connections;
        this.channel = channelOf(siteId);
        this.thread = Thread.ofPlatform().daemon().name("nova-sync-hint").start(this::listen);
    }

    /** The hub's channel for a site's hints: {@code 'nova_site_' || md5(site id)} in hub migration V9. */
    static String channelOf(String siteId) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(siteId.getBytes(StandardCharsets.UTF_8));
            return "nova_site_" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void listen() {
        boolean listenedBefore = false;
        while (open) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    // A lower-case identifier of 42 characters: no quoting needed.
                    statement.execute("LISTEN " + channel);
                }
                if (listenedBefore) {
                    // Hints sent while the connection was down are lost: one sync now catches up.
                    listeners.forEach(Runnable::run);
                }
                listenedBefore = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (open) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        listeners.forEach(Runnable::run);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (open) {
                    LOG.debug("Change hint connection lost, reconnecting: {}", e.getMessage());
                    sleepQuietly(ThreadLocalRandom.current().nextLong(RECONNECT_MIN_MILLIS, RECONNECT_MAX_MILLIS + 1));
                }
            }
        }
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            open = false;
        }
    }

    @Override
    public void close() {
        open = false;
        thread.interrupt();
    }
}
