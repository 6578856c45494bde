package nova.sync.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A way to exchange changes with the hub. Implementations are found by URL scheme through
 * {@link SyncConnectors}. Not thread-safe: a workstation uses one connector from its sync worker.
 */
public interface SyncConnector extends AutoCloseable {

    /**
     * Sends changes; returns one result per change, in the same order. A change the hub refuses is
     * {@link PushStatus#REJECTED} without affecting the others. Throws {@link SyncException} when the batch as a
     * whole could not be delivered: then nothing is acknowledged and pushing the same changes again is safe.
     */
    List<PushResult> push(List<ChangeRecord> changes);

    /** Changes after {@code cursor} in hub order, at most {@code limit}; never skips a change (decision 0040). */
    PullPage pull(SyncCursor cursor, int limit);

    /**
     * Says that the caller is about to push and will then pull from {@code cursor}, at most {@code limit} changes.
     * A connector whose link carries both directions at once may start that pull while the push is still being
     * sent, and hand its page to the matching {@link #pull} call. Such a page shows the hub as it was before the
     * push; the pushed changes come back in a later pull (pull never promised otherwise). Ignoring the hint is
     * always correct, and a pull with another cursor or limit simply runs as usual.
     */
    default void willPull(SyncCursor cursor, int limit) {
    }

    /**
     * Everything a desk joining the site needs before its normal pulls (decision 0181), and the cursor they start
     * from. A connector whose hub keeps the current state of each record answers with one change per record; this
     * default pulls the whole history from the start (every version of every record, deletes included), which
     * leaves the desk in the same state, only with more to download.
     */
    default SiteSnapshot snapshot() {
        List<ChangeRecord> changes = new ArrayList<>();
        SyncCursor cursor = SyncCursor.START;
        PullPage page;
        do {
            page = pull(cursor, 500);
            changes.addAll(page.changes());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return new SiteSnapshot(changes, cursor);
    }

    /** A push-style "pull now" hint when the transport has one. */
    default Optional<ChangeHint> changeHint() {
        return Optional.empty();
    }

    /**
     * Verdicts that arrived after the push, for changes pushed as {@link PushStatus#STAGED} through an offline
     * carrier. Connectors that answer at once return none.
     */
    default List<PushResult> lateVerdicts() {
        return List.of();
    }

    /**
     * The hub's other sites, to which this site may address a referral. Empty when the connector cannot tell
     * (a USB bundle) or the hub is older than the site directory; never the calling site itself.
     */
    default List<HubSite> sites() {
        return siteDirectory().orElse(List.of());
    }

    /**
     * The hub's whole site directory, the calling site left out: a site missing from it was removed from the hub
     * (an empty list means no other site). Empty optional when the connector cannot tell (a USB bundle, a hub older
     * than the directory): a kept copy must then stay as it is. A connector on a slow link may answer with the
     * directory it read less than an hour before (the PostgreSQL connector does, decision 0218).
     */
    default Optional<List<HubSite>> siteDirectory() {
        return Optional.empty();
    }

    @Override
    void close();
}
