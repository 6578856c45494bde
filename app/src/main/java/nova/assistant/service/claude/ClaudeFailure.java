package nova.assistant.service.claude;

/**
 * Claude could not give a usable action. Carries why, in French for the receptionist, and whether it says the
 * service is unavailable (which the circuit breaker counts) or only that this one answer was unusable.
 */
public final class ClaudeFailure extends RuntimeException {

    /** What went wrong; the French reason is the part shown after "Claude indisponible : ... (". */
    public enum Kind {
        NETWORK("connexion impossible au service Claude", true),
        TIMEOUT("délai de réponse dépassé", true),
        OVERLOADED("service Claude surchargé", true),
        RATE_LIMITED("limite de requêtes atteinte, réessayez dans un instant", true),
        SPEND_LIMIT("quota de dépenses atteint", true),
        SERVER_ERROR("erreur du service Claude", true),
        BAD_REQUEST("requête refusée par le service Claude", true),
        AUTHENTICATION("clé API invalide", true),
        PERMISSION("accès refusé pour cette clé API", true),
        NOT_FOUND("modèle introuvable", true),
        TOO_LARGE("requête trop volumineuse", false),
        INVALID_RESPONSE("réponse illisible du service Claude", true),
        NO_TOOL_USE("réponse sans action", false),
        TRUNCATED("réponse tronquée", false),
        REFUSAL("Claude a refusé de traiter la demande", false),
        INVALID_ACTION("réponse non conforme au format attendu", false);

        private final String reasonFr;
        private final boolean unavailability;

        Kind(String reasonFr, boolean unavailability) {
            this.reasonFr = reasonFr;
            this.unavailability = unavailability;
        }

        public String reasonFr() {
            return reasonFr;
        }

        /** True when the failure says Claude is not usable right now, rather than that one answer was bad. */
        public boolean unavailability() {
            return unavailability;
        }
    }

    private final Kind kind;
    private final String reasonFr;

    public ClaudeFailure(Kind kind, String detail) {
        this(kind, kind.reasonFr(), detail, null);
    }

    public ClaudeFailure(Kind kind, String reasonFr, String detail, Throwable cause) {
        super(kind + ": " + detail, cause);
        this.kind = kind;
        this.reasonFr = reasonFr;
    }

    public Kind kind() {
        return kind;
    }

    /** The French reason for the screen, e.g. "clé API invalide". */
    public String reasonFr() {
        return reasonFr;
    }
}
