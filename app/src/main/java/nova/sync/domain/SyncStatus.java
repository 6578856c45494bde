package nova.sync.domain;

import java.time.Instant;

/**
 * A snapshot of the sync for the status bar and {@code nova sync status}: the state, what waits to be pushed,
 * what the hub refused, what needs a person, the last success and the last error (French), and the progress of
 * a long synchronisation ({@code progressTotal} 0 when none is running).
 */
public record SyncStatus(SyncState state, long pending, long rejected, long openConflicts, Instant lastSuccess,
                         String lastError, long progressDone, long progressTotal) {

    public static SyncStatus initial(SyncState state) {
        return initial(state, null);
    }

    /** At start: {@code lastSuccess} is the one recorded in the store by an earlier session (null: never). */
    public static SyncStatus initial(SyncState state, Instant lastSuccess) {
        return new SyncStatus(state, 0, 0, 0, lastSuccess, null, 0, 0);
    }

    public SyncStatus withState(SyncState newState) {
        return new SyncStatus(newState, pending, rejected, openConflicts, lastSuccess, lastError, progressDone,
                progressTotal);
    }

    public SyncStatus withCounts(long newPending, long newRejected, long newConflicts) {
        return new SyncStatus(state, newPending, newRejected, newConflicts, lastSuccess, lastError, progressDone,
                progressTotal);
    }

    public SyncStatus withSuccess(Instant at) {
        return new SyncStatus(SyncState.EN_LIGNE, pending, rejected, openConflicts, at, null, 0, 0);
    }

    public SyncStatus withError(SyncState newState, String frenchError) {
        return new SyncStatus(newState, pending, rejected, openConflicts, lastSuccess, frenchError, 0, 0);
    }

    public SyncStatus withProgress(long done, long total) {
        return new SyncStatus(state, pending, rejected, openConflicts, lastSuccess, lastError, done, total);
    }
}
