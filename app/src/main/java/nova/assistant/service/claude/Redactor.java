package nova.assistant.service.claude;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.assistant.domain.AssistantContext;
import nova.assistant.service.ActionValidator;

/**
 * Replaces phone numbers and e-mail addresses in a request by placeholders ({@code [TEL_1]}, {@code [EMAIL_1]})
 * before it leaves the workstation; {@link RedactedText#restore} puts them back into the action. Phones are
 * normalised here, with libphonenumber for the clinic's country: a number that is not a valid one of the contract
 * (Algerian mobile, Malian number) restores to null, never to a guess.
 */
public final class Redactor {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /**
     * Digit runs libphonenumber does not find valid but that still look like someone's number (a mistyped
     * mobile): an international prefix, or a leading 0 and at least nine digits. Dates ("05-11-2026": eight
     * digits) stay; libphonenumber's "possible" leniency would take them for numbers.
     */
    private static final Pattern NUMBER_LIKE = Pattern.compile("(?:\\+|00)\\d(?:[ .\\-]?\\d){6,}|0\\d(?:[ .\\-]?\\d){7,}");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    public RedactedText redact(String text, AssistantContext context) {
        String region = phones.getRegionCodeForCountryCode(context.countryCallingCode());
        List<Span> spans = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            spans.add(new Span(email.start(), email.end(), false));
        }
        for (PhoneNumberMatch match : phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID,
                Long.MAX_VALUE)) {
            addIfFree(spans, new Span(match.start(), match.end(), true));
        }
        Matcher numberLike = NUMBER_LIKE.matcher(text);
        while (numberLike.find()) {
            addIfFree(spans, new Span(numberLike.start(), numberLike.end(), true));
        }
        spans.sort((a, b) -> Integer.compare(a.start, b.start));

        StringBuilder out = new StringBuilder();
        Map<String, String> originals = new LinkedHashMap<>();
        Map<String, String> phoneValues = new LinkedHashMap<>();
        Map<String, String> emailValues = new LinkedHashMap<>();
        int cursor = 0;
        for (Span span : spans) {
            String original = text.substring(span.start, span.end);
            String placeholder = existing(originals, original);
            if (placeholder == null) {
                placeholder = span.phone ? "[TEL_" + (phoneValues.size() + 1) + "]"
                        : "[EMAIL_" + (emailValues.size() + 1) + "]";
                originals.put(placeholder, original);
                if (span.phone) {
                    phoneValues.put(placeholder, toE164(original, region, context.countryCallingCode()));
                } else {
                    emailValues.put(placeholder, original);
                }
            }
            out.append(text, cursor, span.start).append(placeholder);
            cursor = span.end;
        }
        out.append(text.substring(cursor));
        return new RedactedText(out.toString(), originals, phoneValues, emailValues);
    }

    /** The E.164 form of a number valid for the clinic's country under the contract's pattern, else null. */
    public String toE164(String raw, String region, int countryCallingCode) {
        try {
            PhoneNumber number = phones.parse(raw, region);
            if (number.getCountryCode() != countryCallingCode || !phones.isValidNumber(number)) {
                return null;
            }
            if (countryCallingCode == 213 && phones.getNumberType(number) != PhoneNumberType.MOBILE) {
                return null;
            }
            String e164 = phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            return ActionValidator.phonePattern(countryCallingCode).matcher(e164).matches() ? e164 : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static void addIfFree(List<Span> spans, Span candidate) {
        for (Span span : spans) {
            if (candidate.start < span.end && span.start < candidate.end) {
                return;
            }
        }
        spans.add(candidate);
    }

    private static String existing(Map<String, String> originals, String original) {
        for (Map.Entry<String, String> entry : originals.entrySet()) {
            if (entry.getValue().equals(original)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private record Span(int start, int end, boolean phone) {
    }
}
