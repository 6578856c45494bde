package nova.sync.domain;

/** A person's decision on a conflict; the version not chosen stays in the conflict's history. */
public enum ConflictChoice {
    KEEP_LOCAL("Garder la version du poste"),
    KEEP_REMOTE("Garder la version du serveur");

    private final String label;

    ConflictChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
