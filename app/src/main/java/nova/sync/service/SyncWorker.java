package nova.sync.service;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import nova.sync.connector.ChangeHint;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a workstation in sync in the background, on one thread of its own: a synchronisation at start, soon
 * after each local write, at once when the hub hints that this site changed, and every {@code pollInterval}
 * when no hint comes (hints may be lost). After a failure it waits with {@link Backoff} and ignores local
 * writes meanwhile (no retry storm); {@link #syncNow()} (the user's button) still goes at once.
 */
public final class SyncWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);
    /** Polling when no hint comes: hints are best effort. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(30);

    private final SyncService service;
    private final Supplier<SyncConnector> connectors;
    private final Duration pollInterval;
    private final Backoff backoff;
    private final Object signal = new Object();
    private boolean wakeRequested;
    private boolean forced;
    private volatile boolean running;
    private int failures;
    private Thread thread;
    private SyncConnector connector;
    private ChangeHint hint;

    public SyncWorker(SyncService service, Supplier<SyncConnector> connectors, Duration pollInterval, Backoff backoff) {
        this.service = service;
        this.connectors = connectors;
        this.pollInterval = pollInterval;
        this.backoff = backoff;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        wakeRequested = true;
        thread = Thread.ofPlatform().daemon().name("nova-sync").start(this::loop);
    }

    /** A local write or a hub hint: sync soon (coalesced; ignored while backing off after a failure). */
    public void wake() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    /** The user asked: sync now, even while backing off. */
    public void syncNow() {
        synchronized (signal) {
            wakeRequested = true;
            forced = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        long nextAttempt = System.nanoTime();
        while (running) {
            Signal signal = awaitSignal(nextAttempt);
            if (signal == Signal.STOP) {
                break;
            }
            if (signal == Signal.REFRESH) {
                // Offline and backing off: keep the pending count honest without touching the network.
                refreshQuietly();
                continue;
            }
            try {
                SyncConnector current = connector();
                service.synchronise(current);
                failures = 0;
            } catch (SyncException e) {
                failures++;
                LOG.info("event=sync_round_failed retryable={} failures={}", e.retryable(), failures);
                dropConnector();
                service.markUnreachable(e.getMessage(), e.retryable());
            } catch (RuntimeException e) {
                failures++;
                LOG.warn("event=sync_round_error failures={}", failures, e);
                dropConnector();
            }
            Duration wait = failures == 0 ? pollInterval : backoff.delay(failures);
            nextAttempt = System.nanoTime() + wait.toNanos();
        }
        dropConnector();
    }

    private enum Signal { SYNC, REFRESH, STOP }

    /** Waits until {@code deadline} (a nanoTime) or a wake-up; while backing off, a wake-up only refreshes. */
    private Signal awaitSignal(long deadline) {
        synchronized (signal) {
            while (running) {
                if (wakeRequested) {
                    wakeRequested = false;
                    if (failures == 0 || forced) {
                        forced = false;
                        return Signal.SYNC;
                    }
                    return Signal.REFRESH;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Signal.SYNC;
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Signal.STOP;
                }
            }
            return Signal.STOP;
        }
    }

    private void refreshQuietly() {
        try {
            service.refreshCounts();
        } catch (RuntimeException e) {
            LOG.debug("Could not refresh the sync counts: {}", e.getMessage());
        }
    }

    private SyncConnector connector() {
        if (connector == null) {
            connector = connectors.get();
            try {
                Optional<ChangeHint> changeHint = connector.changeHint();
                changeHint.ifPresent(h -> h.onChange(this::wake));
                hint = changeHint.orElse(null);
            } catch (RuntimeException e) {
                LOG.debug("No change hint: polling only ({})", e.getMessage());
            }
        }
        return connector;
    }

    private void dropConnector() {
        if (hint != null) {
            hint.close();
            hint = null;
        }
        if (connector != null) {
            try {
                connector.close();
            } catch (RuntimeException ignored) {
                // Being thrown away because it failed.
            }
            connector = null;
        }
    }

    @Override
    public void close() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
        }
        synchronized (signal) {
            signal.notifyAll();
        }
        if (current != null) {
            try {
                current.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
