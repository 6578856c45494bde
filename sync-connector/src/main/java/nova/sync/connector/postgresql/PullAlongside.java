package nova.sync.connector.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import nova.sync.connector.PullPage;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The announced pull, run on a second connection of the session while the first one sends a large push: a 2G
 * link carries 6 kB/s in each direction at once, so the pull's page comes down while the push goes up instead
 * of after it. Each pull is still one statement behind the transaction-id fence (decision 0040); nothing of the
 * push's transaction changes. Not thread-safe, like the connector: only the page's fetch runs elsewhere.
 */
final class PullAlongside implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PullAlongside.class);
    /** How long the push lets a pull that has just started writing its request go first. */
    private static final long REQUEST_HEAD_START_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

    private final HubConnectionFactory connections;
    private final HubPull hubPull;
    private final HubWire wire;
    private volatile Connection connection;
    /** Whether this connection's pages travel compressed: the link's choice, from how long it took to open. */
    private volatile boolean sealed;
    private volatile boolean closed;
    private SyncCursor announcedCursor;
    private int announcedLimit;
    private FutureTask<PullPage> running;
    private CountDownLatch requesting = new CountDownLatch(0);
    /** When the running pull was about to write its request (System.nanoTime), 0 before. */
    private volatile long requestingSince;
    private SyncCursor runningCursor;
    private int runningLimit;

    PullAlongside(HubConnectionFactory connections, HubPull hubPull, HubWire wire) {
        this.connections = connections;
        this.hubPull = hubPull;
        this.wire = wire;
    }

    void announce(SyncCursor cursor, int limit) {
        this.announcedCursor = cursor;
        this.announcedLimit = limit;
    }

    /** Starts the announced pull in the background, once. */
    void start(OwnChanges.Snapshot own) {
        if (announcedCursor == null || running != null) {
            return;
        }
        SyncCursor cursor = announcedCursor;
        int limit = announcedLimit;
        announcedCursor = null;
        runningCursor = cursor;
        runningLimit = limit;
        CountDownLatch requested = new CountDownLatch(1);
        requesting = requested;
        running = new FutureTask<>(() -> {
            try {
                Connection open = connection();
                requestingSince = System.nanoTime();
                requested.countDown();
                return hubPull.run(open, cursor, limit, own, sealed);
            } finally {
                requested.countDown();
            }
        });
        LOG.debug("Pulling alongside the push from {}", cursor);
        // A platform thread: it opens a connection (SCRAM, blocking driver), see PostgresSyncConnector.startOpening.
        Thread.ofPlatform().daemon().name("nova-sync-pull-alongside").start(running);
    }

    /**
     * Waits, at most {@code maxMillis}, until the pull started alongside has its connection and is sending its
     * request. A push of several kilobytes queues every later byte behind it on a 2G uplink (one 1,460-byte
     * segment alone takes 0.24 s at 6 kB/s): the pull's few hundred bytes must go up first, or its page, the
     * longest part of a sync, starts coming down that much later. The push's own connection is usually ready
     * at the same moment, so it loses little.
     */
    void awaitRequest(long maxMillis) {
        try {
            requesting.await(maxMillis, TimeUnit.MILLISECONDS);
            // The latch opens just before the pull writes its request: a push let go at once raced it onto the uplink
            // and won about half the time (0.24 s lost on the app's 2G trace). The request gets a short head start.
            long headStartLeft = REQUEST_HEAD_START_NANOS - (System.nanoTime() - requestingSince);
            if (requesting.getCount() == 0 && requestingSince != 0 && headStartLeft > 0) {
                TimeUnit.NANOSECONDS.sleep(headStartLeft);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("Synchronisation interrompue.", true, e);
        }
    }

    /**
     * The page of the pull started for exactly this cursor and limit; empty when none was started, it was for
     * another cursor, or it failed (the caller then pulls as usual and reports its own error).
     */
    Optional<PullPage> take(SyncCursor cursor, int limit) {
        announcedCursor = null;
        FutureTask<PullPage> task = running;
        if (task == null) {
            return Optional.empty();
        }
        running = null;
        try {
            PullPage page = task.get();
            return runningCursor.equals(cursor) && runningLimit == limit ? Optional.of(page) : Optional.empty();
        } catch (ExecutionException e) {
            LOG.debug("Pull alongside the push failed, pulling again: {}", e.getCause().toString());
            discardConnection();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("Synchronisation interrompue.", true, e);
        }
    }

    private Connection connection() throws SQLException {
        Connection current = connection;
        if (current == null) {
            HubConnectionFactory.TimedConnection timed = connections.openTimed();
            current = timed.connection();
            sealed = wire.forSession(timed.took()).seals();
            connection = current;
            if (closed) {
                discardConnection();
                throw new SQLException("connector closed", "08003");
            }
        }
        return current;
    }

    private void discardConnection() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // Being thrown away.
            }
        }
    }

    /** Closes the second connection; a pull still running fails with it and nobody waits for its page. */
    @Override
    public void close() {
        closed = true;
        announcedCursor = null;
        running = null;
        discardConnection();
    }
}
