package nova.agenda.service;

import java.util.Locale;

/**
 * Turns a chair or room name into the subject of a French sentence with the right article and agreement:
 * "Fauteuil 2" -> "Le fauteuil 2 ... occupé", "Salle 1" -> "La salle 1 ... occupée".
 */
record ChairWording(String subject, boolean feminine) {

    static ChairWording of(String name) {
        if (name == null || name.isBlank()) {
            return new ChairWording("Le fauteuil", false);
        }
        String trimmed = name.strip();
        String lower = trimmed.toLowerCase(Locale.FRENCH);
        if (lower.startsWith("fauteuil") || lower.startsWith("box") || lower.startsWith("cabinet")
                || lower.startsWith("bureau")) {
            return new ChairWording("Le " + lowerFirst(trimmed), false);
        }
        if (lower.startsWith("salle") || lower.startsWith("chambre") || lower.startsWith("pièce")) {
            return new ChairWording("La " + lowerFirst(trimmed), true);
        }
        return new ChairWording("« " + trimmed + " »", false);
    }

    String taken() {
        return feminine ? "occupée" : "occupé";
    }

    String blocked() {
        return feminine ? "bloquée" : "bloqué";
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
