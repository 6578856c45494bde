package nova.consultation.domain;

/** How soon the receiving structure must see the patient; the label is what screens show. */
public enum ReferralUrgency {
    ROUTINE("Normale"),
    URGENT("Urgente"),
    EVACUATION("Évacuation sanitaire");

    private final String label;

    ReferralUrgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
