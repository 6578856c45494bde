package nova.sync.connector.postgresql;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nova.sync.connector.ChangeHint;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.HubSite;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SiteSnapshot;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.SyncException;
import nova.sync.connector.postgresql.HubConnectionFactory.TimedConnection;
import nova.sync.connector.record.PayloadCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDBC straight to the hub with a site login. One connection, reopened after a failure; no retry of its own
 * for lost connections (the caller's outbox retries with backoff, and idempotency keys make that safe).
 */
public final class PostgresSyncConnector implements SyncConnector {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSyncConnector.class);
    /** Items per hub transaction: large enough for throughput, small enough to keep transactions short. */
    static final int BATCH_SIZE = 500;
    private static final int TRANSIENT_RETRIES = 3;
    /** Raised by the hub's set-based path when a change needs the per-item path to get its precise verdict. */
    private static final String NEEDS_PER_ITEM = "NV001";
    private static final String UNDEFINED_FUNCTION = "42883";
    /**
     * Pushes bigger than this (about 1.3 s at 6 kB/s) start an announced pull alongside on a second connection;
     * for smaller ones a second hub session is not worth its round trip saved.
     */
    static final int PULL_ALONGSIDE_BYTES = 8_000;
    /**
     * How long a push, its connection open, lets the pull alongside send its request first (that pull opened its
     * connection at the same time).
     */
    private static final long REQUEST_FIRST_MILLIS = 500;
    /** How long a slow session gives the site directory it read again instead of reading it anew. */
    static final Duration DIRECTORY_KEPT_ON_SLOW_LINK = Duration.ofHours(1);

    private final HubConnectionFactory connections;
    private final SyncCredentials credentials;
    private final PayloadCheck payloadCheck;
    private final HubPush hubPush;
    private final HubPull hubPull;
    private final HubSnapshot hubSnapshot;
    private final OwnChanges own;
    private final PullAlongside alongside;
    private final HubWire wire;
    private Connection connection;
    /** How this session's pushes and pulls travel, chosen from how long the session took to open. */
    private HubWire sessionWire = HubWire.ITEMS;
    /** The site directory as last read in this session, and when (see {@link #siteDirectory()}). */
    private List<HubSite> directory;
    private long directoryReadNanos;
    /** The connection being opened in the background while a push is checked (cold sync). */
    private FutureTask<TimedConnection> opening;

    public PostgresSyncConnector(String jdbcUrl, SyncCredentials credentials) {
        this(jdbcUrl, credentials, HubWire.AUTO);
    }

    /** With a fixed wire instead of the link's choice: for tests and measurements of one wire. */
    public PostgresSyncConnector(String jdbcUrl, SyncCredentials credentials, HubWire wire) {
        ObjectMapper mapper = new ObjectMapper();
        this.wire = wire;
        this.connections = new HubConnectionFactory(jdbcUrl, credentials);
        this.credentials = credentials;
        this.payloadCheck = new PayloadCheck(mapper);
        this.hubPull = new HubPull(mapper, credentials.siteId());
        this.hubSnapshot = new HubSnapshot(mapper, credentials.siteId());
        this.hubPush = new HubPush(mapper, credentials.siteId(), credentials.workstationId());
        this.own = new OwnChanges(credentials.siteId(), credentials.workstationId());
        this.alongside = new PullAlongside(connections, hubPull, wire);
    }

    @Override
    public void willPull(SyncCursor cursor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1");
        }
        alongside.announce(cursor, limit);
    }

    @Override
    public List<PushResult> push(List<ChangeRecord> changes) {
        if (!changes.isEmpty()) {
            startOpening();
        }
        PushResult[] results = new PushResult[changes.size()];
        List<ChangeRecord> sendable = new ArrayList<>(changes.size());
        List<Integer> positions = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            ChangeRecord change = changes.get(i);
            Optional<String> problem = payloadCheck.problemWith(change);
            if (problem.isPresent()) {
                results[i] = PushResult.rejected(change.idempotencyKey(), problem.get());
            } else {
                sendable.add(change);
                positions.add(i);
            }
        }
        if (approximateWireBytes(sendable) > PULL_ALONGSIDE_BYTES) {
            alongside.start(own.snapshot());
        }
        for (int from = 0; from < sendable.size(); from += BATCH_SIZE) {
            int to = Math.min(sendable.size(), from + BATCH_SIZE);
            PushResult[] batchResults = pushBatch(sendable.subList(from, to));
            if (Arrays.asList(batchResults).contains(null)) {
                // The hub answers every change; a reply without one is treated like a lost reply.
                throw new SyncException("Réponse incomplète du hub ; les modifications non confirmées seront renvoyées.", true);
            }
            for (int j = 0; j < batchResults.length; j++) {
                results[positions.get(from + j)] = batchResults[j];
            }
        }
        return Arrays.asList(results);
    }

    private static long approximateWireBytes(List<ChangeRecord> changes) {
        long bytes = 0;
        for (ChangeRecord change : changes) {
            bytes += 60 + (change.payload() == null ? 0 : change.payload().length());
        }
        return bytes;
    }

    private PushResult[] pushBatch(List<ChangeRecord> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                Connection open = connection();
                HubPush.Encoded encoded = hubPush.encode(batch, sessionWire);
                alongside.awaitRequest(REQUEST_FIRST_MILLIS);
                PushResult[] results = hubPush.run(open, batch, encoded);
                own.applied(batch, results);
                return results;
            } catch (SQLException e) {
                if (isConnectionLost(e)) {
                    throw lost(e);
                }
                if (isTransient(e) && attempt < TRANSIENT_RETRIES) {
                    LOG.debug("Transient hub error {}, retrying batch", e.getSQLState());
                    continue;
                }
                if (NEEDS_PER_ITEM.equals(e.getSQLState())) {
                    LOG.debug("Batch of {} needs per-item verdicts", batch.size());
                } else {
                    LOG.warn("Hub refused a batch of {} ({}), isolating the offending items", batch.size(), e.getSQLState());
                }
                return pushOneByOne(batch);
            }
        }
    }

    /** A poison item fails its batch; sent alone, it fails alone and the others go through. */
    private PushResult[] pushOneByOne(List<ChangeRecord> batch) {
        PushResult[] results = new PushResult[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            ChangeRecord change = batch.get(i);
            try {
                Connection open = connection();
                PushResult[] single = hubPush.run(open, List.of(change), hubPush.encode(List.of(change), sessionWire));
                own.applied(List.of(change), single);
                results[i] = single[0];
            } catch (SQLException e) {
                if (isConnectionLost(e)) {
                    throw lost(e);
                }
                results[i] = PushResult.rejected(change.idempotencyKey(),
                        "Le hub a refusé cette modification : " + e.getMessage());
            }
        }
        return results;
    }

    @Override
    public PullPage pull(SyncCursor cursor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1");
        }
        Optional<PullPage> ready = alongside.take(cursor, limit);
        if (ready.isPresent()) {
            own.served(ready.get().changes());
            return ready.get();
        }
        try {
            Connection open = connection();
            PullPage page = hubPull.run(open, cursor, limit, own.snapshot(), sessionWire.seals());
            own.served(page.changes());
            return page;
        } catch (SQLException e) {
            if (isConnectionLost(e)) {
                throw lost(e);
            }
            throw new SyncException("Lecture des modifications du hub impossible : " + e.getMessage(), true, e);
        }
    }

    /**
     * One row per record from the hub's current state (decision 0181) instead of the whole history; a hub not yet
     * upgraded (no {@code site_snapshot}) gets the pull of the whole history, as before.
     */
    @Override
    public SiteSnapshot snapshot() {
        try {
            return hubSnapshot.run(connection());
        } catch (SQLException e) {
            if (isConnectionLost(e)) {
                throw lost(e);
            }
            if (UNDEFINED_FUNCTION.equals(e.getSQLState())) {
                LOG.info("Hub without site_snapshot (not upgraded): the joining desk pulls the whole history");
                return SyncConnector.super.snapshot();
            }
            throw new SyncException("Lecture de l'état du site sur le hub impossible : " + e.getMessage(), true, e);
        }
    }

    /**
     * The hub's site directory (hub migration V7); a hub without it cannot tell, rather than fail. On a slow link
     * (a compressing session) the list read in this session is given again for an hour: the application asks after
     * every sync, and on 2G each read was one more round trip (0.6 s) and, on a district of fifty sites, about 5 kB,
     * for a list that changes when the hub's administrator adds, renames or removes a site (decision 0218).
     */
    @Override
    public Optional<List<HubSite>> siteDirectory() {
        try {
            Connection open = connection();
            if (directory != null && sessionWire.seals()
                    && System.nanoTime() - directoryReadNanos < DIRECTORY_KEPT_ON_SLOW_LINK.toNanos()) {
                return Optional.of(directory);
            }
            try (PreparedStatement query = open.prepareStatement(
                    "SELECT site_id, name, address FROM nova_hub.site_directory()");
                 ResultSet rows = query.executeQuery()) {
                List<HubSite> sites = new ArrayList<>();
                while (rows.next()) {
                    sites.add(new HubSite(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
                directory = List.copyOf(sites);
                directoryReadNanos = System.nanoTime();
                return Optional.of(directory);
            }
        } catch (SQLException e) {
            if (isConnectionLost(e)) {
                throw lost(e);
            }
            if (UNDEFINED_FUNCTION.equals(e.getSQLState())) {
                LOG.info("Hub has no site directory yet (hub schema before V7)");
                return Optional.empty();
            }
            throw new SyncException("Lecture de la liste des sites du hub impossible : " + e.getMessage(), true, e);
        }
    }

    @Override
    public Optional<ChangeHint> changeHint() {
        return Optional.of(new PostgresChangeHint(connections, credentials.siteId()));
    }

    @Override
    public void close() {
        alongside.close();
        discardConnection();
    }

    /**
     * A cold sync waits five round trips for its connection (3 s on 2G): open it while the push is checked
     * instead of after.
     */
    private void startOpening() {
        if (connection == null && opening == null) {
            opening = new FutureTask<>(connections::openTimed);
            // A platform thread, not a virtual one: opening is SCRAM key stretching and a blocking driver; with many
            // connectors in one JVM (the 200-workstation benchmark, a district tool) virtual ones queued on the few
            // carrier threads and the first push of a session went from 0.2 to 1.2 s (p50, all starting at once).
            Thread.ofPlatform().daemon().name("nova-sync-connect").start(opening);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            FutureTask<TimedConnection> task = opening;
            opening = null;
            TimedConnection timed;
            try {
                timed = task == null ? connections.openTimed() : opened(task);
            } catch (SQLException e) {
                // Not "connection lost": a wrong password or an untrusted certificate must say so, and not be
                // retried as if the network were down.
                throw HubConnectFailure.explain(e, connections.url(), credentials.user());
            }
            connection = timed.connection();
            sessionWire = wire.forSession(timed.took());
            LOG.debug("Hub session opened in {} ms; wire {}", timed.took().toMillis(), sessionWire);
        }
        return connection;
    }

    /** How this session's pushes and pulls travel (tests: the link's choice). */
    HubWire sessionWire() {
        return sessionWire;
    }

    private static TimedConnection opened(FutureTask<TimedConnection> task) throws SQLException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SyncException("Connexion au hub impossible : " + e.getCause().getMessage(), true, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("Synchronisation interrompue.", true, e);
        }
    }

    private SyncException lost(SQLException e) {
        discardConnection();
        return new SyncException("Connexion au hub perdue ; les modifications non confirmées seront renvoyées.", true, e);
    }

    private void discardConnection() {
        FutureTask<TimedConnection> task = opening;
        opening = null;
        if (task != null) {
            // Not waited for: closed whenever it ends up open.
            Thread.ofVirtual().name("nova-sync-connect-close").start(() -> {
                try {
                    task.get().connection().close();
                } catch (Exception ignored) {
                    // Never opened, or being thrown away.
                }
            });
        }
        directory = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The connection is being thrown away because it is broken.
            }
            connection = null;
        }
    }

    private boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"))) {
            return true;
        }
        try {
            return connection == null || connection.isClosed();
        } catch (SQLException ignored) {
            return true;
        }
    }

    private static boolean isTransient(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState()) || "55P03".equals(e.getSQLState());
    }
}
