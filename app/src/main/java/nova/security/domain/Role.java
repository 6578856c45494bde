package nova.security.domain;

/** What a user may do. Admins also manage users, clinic settings and keys. */
public enum Role {
    ADMIN("Administrateur"),
    RECEPTION("Accueil"),
    DOCTOR("Praticien");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
