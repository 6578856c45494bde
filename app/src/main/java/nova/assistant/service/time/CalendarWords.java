package nova.assistant.service.time;

import java.time.DayOfWeek;

/** French (folded) month and weekday words, and the units of durations. */
final class CalendarWords {

    static final String WEEKDAY =
            "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun\\.|mar\\.|mer\\.|jeu\\.|ven\\.|sam\\.|dim\\.)";
    static final String MONTH = "(janvier|janv\\.?|fevrier|fevr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?"
            + "|jui\\.?|aout|septembre|sept\\.?|sep\\.?|octobre|oct\\.?|novembre|nov\\.?|decembre|dec\\.?)(?![a-z])";
    /** The same months without a capturing group, for use inside larger patterns. */
    static final String MONTH_WORD = "(?:janvier|janv\\.?|fevrier|fevr?\\.?|mars|avril|avr\\.?|mai|juin|juillet"
            + "|juil\\.?|jui\\.?|aout|septembre|sept\\.?|sep\\.?|octobre|oct\\.?|novembre|nov\\.?|decembre|dec\\.?)(?![a-z])";
    static final String UNIT = "(secondes?|\"|minutes?|mins?|'|heures?|h|jours?|semaines?|mois|ans?|annees?)";

    private CalendarWords() {
    }

    static DayOfWeek weekday(String word) {
        return switch (word.substring(0, 3)) {
            case "lun" -> DayOfWeek.MONDAY;
            case "mar" -> DayOfWeek.TUESDAY;
            case "mer" -> DayOfWeek.WEDNESDAY;
            case "jeu" -> DayOfWeek.THURSDAY;
            case "ven" -> DayOfWeek.FRIDAY;
            case "sam" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    static int month(String word) {
        String w = word.replace(".", "");
        if (w.startsWith("juil") || w.equals("jui")) {
            return 7;
        }
        if (w.startsWith("juin")) {
            return 6;
        }
        if (w.startsWith("ja")) {
            return 1;
        }
        if (w.startsWith("f")) {
            return 2;
        }
        if (w.startsWith("mar")) {
            return 3;
        }
        if (w.startsWith("av")) {
            return 4;
        }
        if (w.startsWith("mai")) {
            return 5;
        }
        if (w.startsWith("ao")) {
            return 8;
        }
        if (w.startsWith("s")) {
            return 9;
        }
        if (w.startsWith("o")) {
            return 10;
        }
        if (w.startsWith("n")) {
            return 11;
        }
        return 12;
    }

    static Grain unit(String word) {
        if (word.startsWith("s") && !word.startsWith("sem") || word.equals("\"")) {
            return Grain.SECOND;
        }
        if (word.startsWith("min") || word.equals("'")) {
            return Grain.MINUTE;
        }
        if (word.startsWith("h")) {
            return Grain.HOUR;
        }
        if (word.startsWith("j")) {
            return Grain.DAY;
        }
        if (word.startsWith("sem")) {
            return Grain.WEEK;
        }
        if (word.startsWith("mois")) {
            return Grain.MONTH;
        }
        return Grain.YEAR;
    }

    /** Two-digit years read as 1950-2049. */
    static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return y;
    }
}
