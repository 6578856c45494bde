package nova.sync.connector.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nova.sync.connector.ChangeHint;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTEN on its own connection. Notifications received in one wait are coalesced into one call. Never a data
 * path: a lost notification only delays the next poll.
 */
final class PostgresChangeHint implements ChangeHint {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeHint.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 5_000;

    private final HubConnectionFactory connections;
    private final String siteId;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean open = true;

    PostgresChangeHint(HubConnectionFactory connections, String siteId) {
        this.connections = connections;
        this.siteId = siteId;
        this.thread = Thread.ofPlatform().daemon().name("nova-sync-hint").start(this::listen);
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void listen() {
        while (open) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN nova_hub_changes");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (open) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && concernsThisSite(notifications)) {
                        listeners.forEach(Runnable::run);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (open) {
                    LOG.debug("Change hint connection lost, reconnecting: {}", e.getMessage());
                    sleepQuietly(RECONNECT_MILLIS);
                }
            }
        }
    }

    private boolean concernsThisSite(PGNotification[] notifications) {
        for (PGNotification notification : notifications) {
            if (siteId.equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
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
