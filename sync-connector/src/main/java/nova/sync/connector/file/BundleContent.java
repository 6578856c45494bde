package nova.sync.connector.file;

import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncCursor;

/**
 * What a bundle carries. A clinic's bundle: its outgoing changes. A hub reply: the site's hub changes, each with
 * its cursor position, and the verdicts on the changes of the clinic's previous bundles.
 */
public record BundleContent(List<ChangeRecord> changes, List<SyncCursor> cursors, List<PushResult> verdicts) {

    public BundleContent {
        changes = List.copyOf(changes);
        cursors = List.copyOf(cursors);
        verdicts = List.copyOf(verdicts);
        if (!cursors.isEmpty() && cursors.size() != changes.size()) {
            throw new IllegalArgumentException("one cursor per change");
        }
    }
}
