package nova.sync.connector;

import java.util.List;
import java.util.Objects;

/**
 * What a joining desk starts from: changes to apply in the order given, then pull from {@code cursor}. From a
 * hub that keeps current state, one change per record (its latest version); from any other connector, the whole
 * history. Either way, applying them and then pulling from {@code cursor} misses and repeats nothing.
 */
public record SiteSnapshot(List<ChangeRecord> changes, SyncCursor cursor) {

    public SiteSnapshot {
        changes = List.copyOf(changes);
        Objects.requireNonNull(cursor, "cursor");
    }
}
