package nova.consultation.domain;

/** Where a referral stands; the label is what screens and the ordonnance show. */
public enum ReferralStatus {
    TO_ARRANGE("À organiser"),
    SENT("Patient adressé"),
    COMPLETED("Reçu par la structure"),
    CANCELLED("Annulée");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
