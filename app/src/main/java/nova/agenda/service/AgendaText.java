package nova.agenda.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The agenda rules' French texts, from the {@code nova/agenda/messages} bundle. Placeholders are replaced literally
 * so apostrophes need no MessageFormat quoting.
 */
final class AgendaText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("nova.agenda.messages", Locale.FRENCH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", Locale.FRENCH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

    private AgendaText() {
    }

    static String get(String key, Object... args) {
        String text = BUNDLE.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "de 10:00 à 10:30" within one day, "du 12/03/2026 08:00 au 14/03/2026 18:00" across days. */
    static String period(ZonedDateTime start, ZonedDateTime end, ZoneId zone) {
        ZonedDateTime s = start.withZoneSameInstant(zone);
        ZonedDateTime e = end.withZoneSameInstant(zone);
        boolean sameDay = s.toLocalDate().equals(e.toLocalDate())
                || (e.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && s.toLocalDate().plusDays(1).equals(e.toLocalDate()));
        if (sameDay) {
            return get("period.sameDay", TIME.format(s), e.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    && !s.toLocalDate().equals(e.toLocalDate()) ? "24:00" : TIME.format(e));
        }
        return get("period.days", DAY_TIME.format(s), DAY_TIME.format(e));
    }

    /** " (Détartrage)" or nothing. */
    static String inParentheses(String text) {
        return text == null || text.isBlank() ? "" : " (" + text + ")";
    }
}
