package nova.consultation.service;

import nova.security.domain.Role;

/**
 * Who may do what with clinical content. Practitioners and administrators read and write it; the reception sees
 * that a consultation took place (date, practitioner) but not what it contains.
 */
public final class ClinicalAccess {

    static final String WRITE_REFUSED = "Seuls les praticiens et les administrateurs peuvent enregistrer une "
            + "consultation.";
    static final String READ_REFUSED = "Le contenu des consultations est réservé aux praticiens et aux "
            + "administrateurs.";

    private ClinicalAccess() {
    }

    public static boolean mayRead(Role role) {
        return role == Role.DOCTOR || role == Role.ADMIN;
    }

    public static boolean mayWrite(Role role) {
        return role == Role.DOCTOR || role == Role.ADMIN;
    }
}
