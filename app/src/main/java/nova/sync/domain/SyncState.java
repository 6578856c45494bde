package nova.sync.domain;

/** What the status bar says about the link to the hub. */
public enum SyncState {
    EN_LIGNE("En ligne"),
    HORS_LIGNE("Hors ligne"),
    SYNCHRONISATION("Synchronisation…"),
    ERREUR("Erreur de synchronisation"),
    NON_CONFIGURE("Synchronisation non configurée");

    private final String label;

    SyncState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
