package nova.assistant.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.assistant.service.time.FrenchText;

/**
 * Finds the patient's name: after a title ("Mme Benali Fatima", "M. Kaci", "Dr Haddad"), after "pour", "patient",
 * "au nom de" or "de" ("pour Amrani", "le RDV de Traoré"), or a capitalised name opening the sentence before a
 * verb ("Amrani confirme"). The title is dropped and each word is capitalised. A practitioner ("avec le Dr X")
 * is not a patient.
 */
final class NameReader {

    private static final String WORD = "[\\p{L}][\\p{L}'\\-]*";
    private static final Pattern TITLED = Pattern.compile(
            "(?<![\\p{L}])(?:m\\.|mr\\.?|mme\\.?|mlle\\.?|melle|mme|dr\\.?|docteur|monsieur|madame|mademoiselle)\\s+("
                    + WORD + "(?:\\s+" + WORD + "){0,2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?<![\\p{L}])(?:pour|patiente?|au nom de|nom\\s*:|nom de famille\\s*:|de|du patient|enfant|fils|fille|b[ée]b[ée]|nourrisson)\\s+("
                    + WORD + "(?:\\s+" + WORD + "){0,2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}'\\-]+(?:\\s+\\p{Lu}[\\p{L}'\\-]+)?)\\s+(?:confirme|annule|a\\s|ne\\s|n'|veut|voudrait|"
                    + "souhaite|demande|vient|viendra|sera|doit|peut|appelle|aimerait|arrive)", Pattern.UNICODE_CASE);
    private static final Pattern PRACTITIONER = Pattern.compile("(?:avec|chez|par)\\s+(?:le|la)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Folded words that are never part of a name. */
    private static final Set<String> STOP = Set.copyOf(List.of(
            "a", "au", "aux", "pour", "le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "ou", "est",
            "son", "sa", "ses", "mon", "ma", "mes", "ce", "cette", "cet", "ces", "qui", "que", "quoi", "il", "elle",
            "lui", "moi", "nous", "vous", "on", "y", "en", "dans", "sur", "avec", "chez", "par", "vers", "entre",
            "demain", "aujourd'hui", "aujourdhui", "apres-demain", "hier", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "matin", "midi", "soir", "apres-midi", "apres", "avant", "semaine",
            "prochain", "prochaine", "mois", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "rdv", "rendez-vous", "rendez", "vous", "consultation",
            "urgence", "detartrage", "soin", "soins", "extraction", "prothese", "orthodontie", "chirurgie", "cpn",
            "vaccination", "vaccin", "planification", "controle", "bilan", "nettoyage", "carie", "plombage",
            "couronne", "bridge", "dentier", "implant", "greffe", "appareil", "bagues", "pesee", "enfant", "bebe",
            "tel", "telephone", "tél", "numero", "portable", "mobile", "confirme", "annule", "veut", "voudrait",
            "souhaite", "demande", "vient", "viendra", "sera", "doit", "peut", "appelle", "aimerait", "arrive",
            "ne", "n", "pas", "plus", "svp", "merci", "stp", "urgent", "urgente", "premier", "premiere", "creneau",
            "libre", "dispo", "place", "heure", "heures", "h", "jour", "jours", "fin", "debut", "tot", "tard", "son",
            "rappel", "rappeler", "decaler", "reporter", "annuler", "deplacer", "avancer", "changer", "prendre",
            "dent", "dents", "sagesse", "rage", "abces", "fievre", "toux", "palu", "grossesse", "planning", "familial",
            "pilule", "contraception", "nourrisson", "nutrition", "pansement", "injection", "mme", "m", "mr", "mlle",
            "dr", "docteur", "monsieur", "madame", "mademoiselle", "patient", "patiente", "suivi", "visite", "examen",
            "quinze", "huit", "deux", "trois", "quatre", "cinq", "six", "sept", "neuf", "dix", "onze", "douze",
            "bien", "aussi", "encore", "deja", "toujours", "tous", "toutes", "tout", "sans", "si", "mais", "donc",
            "car", "possible", "cabinet", "centre", "cscom", "dentiste", "medecin", "infirmier", "sage-femme",
            "quelqu'un", "personne", "nouveau", "nouvelle", "ancien", "habituel", "meme", "autre", "coup", "fois"));

    String read(String text) {
        String found = firstMatch(TITLED, text, true);
        if (found == null) {
            found = firstMatch(INTRODUCED, text, false);
        }
        if (found == null) {
            Matcher m = OPENING.matcher(text);
            if (m.find()) {
                found = clean(m.group(1), true);
            }
        }
        return found;
    }

    private String firstMatch(Pattern pattern, String text, boolean titled) {
        Matcher m = pattern.matcher(text);
        // Restart just after each rejected match: "pour l'enfant Fofana" fails at "pour" but holds "enfant Fofana".
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            if (titled && PRACTITIONER.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            String name = clean(m.group(1), titled);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * Keeps the name words up to the first ordinary word. Without a title, a name must be capitalised as written,
     * so "pour une extraction" is not a name; after a title, lower case is accepted ("mme benali").
     */
    private String clean(String words, boolean titled) {
        List<String> kept = new ArrayList<>();
        boolean capitalised = false;
        for (String word : words.trim().split("\\s+")) {
            String folded = FrenchText.fold(word);
            if (STOP.contains(folded) || folded.length() < 2 && !titled) {
                break;
            }
            boolean upper = Character.isUpperCase(word.codePointAt(0));
            if (kept.isEmpty()) {
                if (!titled && !upper) {
                    return null;
                }
                capitalised = upper;
            } else if (capitalised && !upper) {
                break;
            }
            kept.add(word);
        }
        if (kept.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String word : kept) {
            out.add(capitalise(word));
        }
        return String.join(" ", out);
    }

    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            out.appendCodePoint(start ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
            start = cp == '-' || cp == '\'';
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
