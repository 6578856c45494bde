package nova.assistant.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phone number written in any usual way ("0555 12 34 56", "+213 555 12 34 56", "00223 76 12 34 56") and
 * returns it in E.164 only when it is valid for the clinic's country: Algerian mobiles for 213, Malian numbers for
 * 223. Anything else gives no number rather than a guess; the digits are still reported so that they are not read
 * as a date or a time.
 */
final class PhoneReader {

    /** A phone found in a text: its span, and its E.164 form or null when it is not acceptable. */
    record Found(int start, int end, String e164) {
    }

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d+])(?:\\+ ?|00 ?)?\\(?\\d[\\d .\\-()]{5,22}\\d(?!\\d)");
    private static final Pattern DATE_LIKE = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}$|^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}$");
    private static final Pattern ALGERIAN_MOBILE = Pattern.compile("^\\+213[567]\\d{8}$");
    private static final Pattern MALIAN = Pattern.compile("^\\+223\\d{8}$");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    List<Found> findAll(String text, int callingCode) {
        List<Found> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String candidate = m.group();
            long digits = candidate.chars().filter(Character::isDigit).count();
            if (digits < 8 || DATE_LIKE.matcher(candidate.trim()).matches()) {
                continue;
            }
            found.add(new Found(m.start(), m.end(), bestReading(candidate, callingCode)));
        }
        return found;
    }

    /** The whole candidate first, then shorter prefixes cut at separators ("0555123456 10" -> "0555123456"). */
    private String bestReading(String candidate, int callingCode) {
        String current = candidate.trim();
        while (current.chars().filter(Character::isDigit).count() >= 8) {
            String e164 = e164(current, callingCode);
            if (e164 != null) {
                return e164;
            }
            int cut = Math.max(current.lastIndexOf(' '), Math.max(current.lastIndexOf('.'), current.lastIndexOf('-')));
            if (cut <= 0) {
                return null;
            }
            current = current.substring(0, cut).trim();
        }
        return null;
    }

    String e164(String written, int callingCode) {
        String region = callingCode == 223 ? "ML" : "DZ";
        try {
            PhoneNumber number = phones.parse(written, region);
            if (!phones.isValidNumber(number)) {
                return null;
            }
            String e164 = phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            Pattern accepted = callingCode == 223 ? MALIAN : ALGERIAN_MOBILE;
            return accepted.matcher(e164).matches() ? e164 : null;
        } catch (NumberParseException | RuntimeException e) {
            return null;
        }
    }
}
