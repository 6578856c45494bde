package nova.sync.domain;

/** Why a record is in the "À résoudre" list. */
public enum ConflictKind {
    /** A clinical field changed differently on this workstation and on the hub. */
    FIELD,
    /** Two appointments booked offline on the same chair at overlapping times. */
    SLOT_CLASH
}
