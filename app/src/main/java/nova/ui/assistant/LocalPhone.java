package nova.ui.assistant;

/** An E.164 number as written locally: +213555123456 → "0555 12 34 56", +22376123456 → "76 12 34 56". */
final class LocalPhone {

    private LocalPhone() {
    }

    static String format(String e164) {
        if (e164 == null) {
            return null;
        }
        if (e164.startsWith("+213") && e164.length() == 13) {
            String n = "0" + e164.substring(4);
            return n.substring(0, 4) + " " + n.substring(4, 6) + " " + n.substring(6, 8) + " " + n.substring(8);
        }
        if (e164.startsWith("+223") && e164.length() == 12) {
            String n = e164.substring(4);
            return n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
        }
        return e164;
    }
}
