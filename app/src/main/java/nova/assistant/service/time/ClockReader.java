package nova.assistant.service.time;

import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one clock time ("15h", "9 heures 30", "midi moins le quart", "15:15"). A strict time carries its own
 * mark (h, heures, a colon, midi, minuit); a bare number is a time only inside a range ("de 5 à 7").
 */
final class ClockReader {

    /** A clock reading; minutes make it minute-grained ("15h00"), otherwise it is to the hour. */
    record Clock(int hour, int minute, Grain grain, boolean strict, ZoneOffset zone) {
        Clock inZone(ZoneOffset offset) {
            return new Clock(hour, minute, Grain.MINUTE, strict, offset);
        }

        Clock plusHours(int hours) {
            return new Clock((hour + hours) % 24, minute, grain, strict, zone);
        }
    }

    private static final Pattern HEAD = Pattern.compile("^(midi|minuit|\\d{1,2})( ?(?:heures?|h)(?![a-z]))?(.*)$");
    private static final Pattern MINUTES = Pattern.compile(
            "^(?::(\\d{2})|et (\\d{1,2}) minutes?|passe de (\\d{1,2}) minutes?|(\\d{1,2})(?: minutes?)?)$");
    private static final Pattern MINUS = Pattern.compile("^moins (?:le quart|(\\d{1,2}))$");

    Clock read(String atom, boolean looseAllowed) {
        Matcher head = HEAD.matcher(atom.trim());
        if (!head.matches()) {
            return null;
        }
        String base = head.group(1);
        boolean named = base.startsWith("mi");
        boolean unit = head.group(2) != null;
        String rest = head.group(3).trim();
        boolean strict = named || unit || rest.startsWith(":");
        if (!strict && !looseAllowed) {
            return null;
        }
        int hour = switch (base) {
            case "midi" -> 12;
            case "minuit" -> 0;
            default -> Integer.parseInt(base);
        };
        int minute = 0;
        boolean minutes = false;
        if (!rest.isEmpty()) {
            if (!strict) {
                return null;
            }
            minutes = true;
            Matcher m = MINUTES.matcher(rest);
            Matcher minus = MINUS.matcher(rest);
            if (rest.equals("et quart")) {
                minute = 15;
            } else if (rest.startsWith("et demi")) {
                minute = 30;
            } else if (rest.equals("3 quarts")) {
                minute = 45;
            } else if (minus.matches()) {
                int before = minus.group(1) == null ? 15 : Integer.parseInt(minus.group(1));
                if (before < 1 || before > 59) {
                    return null;
                }
                hour = (hour + 23) % 24;
                minute = 60 - before;
            } else if (m.matches()) {
                for (int g = 1; g <= 4; g++) {
                    if (m.group(g) != null) {
                        minute = Integer.parseInt(m.group(g));
                    }
                }
            } else {
                return null;
            }
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return new Clock(hour, minute, minutes ? Grain.MINUTE : Grain.HOUR, strict, null);
    }
}
