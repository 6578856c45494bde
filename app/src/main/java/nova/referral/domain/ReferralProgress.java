package nova.referral.domain;

/**
 * Where a received referral stands at the receiving site, in order: a later step never goes back to an earlier
 * one. The sender sees the same steps on its consultation.
 */
public enum ReferralProgress {
    NEW("Nouvelle"),
    SEEN("Vue"),
    RECEIVED("Reçue"),
    HANDLED("Traitée");

    private final String label;

    ReferralProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
