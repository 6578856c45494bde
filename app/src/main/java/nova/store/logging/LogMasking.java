package nova.store.logging;

import java.util.regex.Pattern;

/**
 * Last line of defence for log files: phone numbers and e-mail addresses are masked even if a message or an
 * exception (a constraint violation quoting values, say) carries one. Code never logs patient names: it logs ids.
 */
public final class LogMasking {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** Eight or more digits, possibly with +, spaces, dots or dashes between them: any phone in any form. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[ .\\-]?\\d){7,}");

    private LogMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll("[e-mail masqué]");
        return PHONE.matcher(masked).replaceAll(match -> {
            String digits = match.group().replaceAll("\\D", "");
            return "[tél. …" + digits.substring(digits.length() - 2) + "]";
        });
    }
}
