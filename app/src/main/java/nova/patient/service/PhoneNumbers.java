package nova.patient.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/** Reads a phone number in any written form and gives it in E.164, or nothing when it is not a valid number. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static Optional<String> toE164(String written, int countryCallingCode) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String region = UTIL.getRegionCodeForCountryCode(countryCallingCode);
        String cleaned = written.strip();
        // "00213 …" is how many people write the international prefix; libphonenumber wants "+".
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(cleaned, region);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Shows an E.164 number the way people read it locally, e.g. "0555 12 34 56" or "76 12 34 56". */
    public static String display(String e164) {
        if (e164 == null) {
            return "";
        }
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
