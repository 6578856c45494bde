package nova.patient.service;

/**
 * Phone numbers reduced to the digits that identify them, so that "0555 12 34 56", "+213 555 12 34 56",
 * "00213555123456" and "213555123456" all read "555123456". Knows the two countries NOVA serves: Algeria (+213,
 * trunk prefix 0) and Mali (+223, no trunk prefix).
 */
record PhoneDigits(String digits, boolean anchored) {

    private static final String[] COUNTRY_CODES = {"213", "223"};

    /**
     * @param digits   the national significant number (or as much of it as was typed)
     * @param anchored true when the typed text surely starts at the beginning of the number (it had "+", "00",
     *                 a country code or the trunk 0), so a match in the middle of a number does not count
     */
    static PhoneDigits parse(String text) {
        if (text == null) {
            return new PhoneDigits("", false);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        String d = sb.toString();
        boolean international = text.strip().startsWith("+");
        if (d.startsWith("00")) {
            d = d.substring(2);
            international = true;
        }
        if (international) {
            return new PhoneDigits(stripCountry(d), true);
        }
        if (d.startsWith("0")) {
            return new PhoneDigits(d.substring(1), true);
        }
        // Without "+": a leading 213/223 is a country code only if the rest is long enough to be a number.
        for (String cc : COUNTRY_CODES) {
            if (d.startsWith(cc) && d.length() >= cc.length() + 8) {
                return new PhoneDigits(d.substring(cc.length()), true);
            }
        }
        return new PhoneDigits(d, false);
    }

    private static String stripCountry(String d) {
        for (String cc : COUNTRY_CODES) {
            if (d.startsWith(cc)) {
                return d.substring(cc.length());
            }
        }
        return d;
    }

    boolean isEmpty() {
        return digits.isEmpty();
    }
}
