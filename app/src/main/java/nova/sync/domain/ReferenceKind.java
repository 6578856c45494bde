package nova.sync.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The clinic's reference data that syncs between the desks of one site (decision 0150). The entity name is the
 * hub's entity kind; the local table holds the rows, and its columns (minus identity and bookkeeping) are the
 * synced payload, so a column added to one of these tables syncs without code.
 */
public enum ReferenceKind {
    CLINIC("clinic", "CLINIC", true, "profil de l'établissement"),
    PRACTITIONER("practitioner", "PRACTITIONER", true, "praticien"),
    CHAIR("chair", "CHAIR", true, "fauteuil ou salle"),
    CARE_TYPE("care_type", "CARE_TYPE", true, "type de soin"),
    CLOSING_PERIOD("closing_period", "CLOSING_PERIOD", true, "fermeture du cabinet"),
    BLOCKOUT("blockout", "BLOCKOUT", false, "indisponibilité"),
    WAITLIST_ENTRY("waitlist_entry", "WAITLIST_ENTRY", false, "demande de la liste d'attente");

    private final String entity;
    private final String table;
    private final boolean clinicResource;
    private final String frenchName;

    ReferenceKind(String entity, String table, boolean clinicResource, String frenchName) {
        this.entity = entity;
        this.table = table;
        this.clinicResource = clinicResource;
        this.frenchName = frenchName;
    }

    /** What a user reads for a record of this kind (lower case). */
    public String frenchName() {
        return frenchName;
    }

    /** The entity kind on the hub and in the outbox. */
    public String entity() {
        return entity;
    }

    /** The local table. */
    public String table() {
        return table;
    }

    /** Part of the clinic snapshot (profile, practitioners, chairs, care types): it must be reloaded on change. */
    public boolean clinicResource() {
        return clinicResource;
    }

    public static Optional<ReferenceKind> ofEntity(String entity) {
        return Arrays.stream(values()).filter(kind -> kind.entity.equals(entity)).findFirst();
    }
}
