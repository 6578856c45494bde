package nova.sync.connector;

import java.util.List;
import java.util.Objects;

/**
 * Changes after a cursor, in hub order. {@code positions.get(i)} is the cursor just after {@code changes.get(i)},
 * for a caller that applies part of a page; after applying the whole page, save {@code nextCursor} in the same
 * local transaction as the applied changes. When {@code hasMore} is true, pull again at once.
 */
public record PullPage(List<ChangeRecord> changes, List<SyncCursor> positions, SyncCursor nextCursor,
        boolean hasMore) {

    public PullPage {
        changes = List.copyOf(changes);
        positions = List.copyOf(positions);
        Objects.requireNonNull(nextCursor, "nextCursor");
        if (positions.size() != changes.size()) {
            throw new IllegalArgumentException("one position per change");
        }
    }
}
