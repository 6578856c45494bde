package nova.sync.connector;

/** The outcome of pushing one change. */
public enum PushStatus {
    /** The hub recorded the change; {@link PushResult#hubVersion()} is the record's new version. */
    APPLIED,
    /** The hub had already recorded a change with this idempotency key; nothing was written again. */
    DUPLICATE,
    /** The record changed on the hub since the base version; the result carries the hub's version and payload. */
    CONFLICT,
    /** The hub refuses this change for good (unknown entity, another site's record, bad payload...). */
    REJECTED,
    /**
     * Written to an offline carrier (a bundle file) that the hub has not read yet. The change stays "not
     * acknowledged by the hub": the workstation learns the hub's verdict when it pulls the reply bundle.
     */
    STAGED
}
