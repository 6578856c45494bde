package nova.sync.connector.conflict;

import java.util.List;

/**
 * A clinical field two edits changed differently: every version is kept, oldest first in hub order, for a
 * doctor to choose. The merged record carries the latest one meanwhile.
 */
public record FieldConflict(String field, String baseValue, List<Version> versions) {

    public FieldConflict {
        versions = List.copyOf(versions);
    }

    /** One competing value (JSON text, "null" when the edit removed the field) and the edit it came from. */
    public record Version(String value, Edit edit) {
    }
}
