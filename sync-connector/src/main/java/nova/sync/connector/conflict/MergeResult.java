package nova.sync.connector.conflict;

import java.util.List;

/**
 * The merge of concurrent edits: the merged payload (fields in name order, null when the record ends deleted)
 * and the clinical conflicts that need a person ("À résoudre").
 */
public record MergeResult(String mergedPayload, boolean deleted, List<FieldConflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean needsDecision() {
        return !conflicts.isEmpty();
    }
}
