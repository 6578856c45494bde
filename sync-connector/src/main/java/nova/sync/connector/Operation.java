package nova.sync.connector;

/** What a change does to its record. A delete is a tombstone: the hub keeps the row, marked deleted. */
public enum Operation {
    UPSERT,
    DELETE
}
