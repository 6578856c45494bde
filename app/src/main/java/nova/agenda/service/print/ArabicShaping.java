package nova.agenda.service.print;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns Arabic letters (logical order) into their contextual presentation forms (isolated, initial, medial,
 * final, and the lam-alef ligatures), because PDFBox draws one glyph per character and does not shape. Covers
 * the letters of Arabic Presentation Forms-B plus the few extra letters met in Maghrebi names (peh, tcheh, jeh,
 * veh, keheh, gaf, farsi yeh). Harakat are transparent: they neither join nor break a join. Text without Arabic
 * letters comes back unchanged.
 */
public final class ArabicShaping {

    /** How a letter joins: to both sides (dual), only to the letter before it (right), or not at all. */
    private enum Joining { DUAL, RIGHT, CAUSING, TRANSPARENT, NONE }

    private record Forms(int isolated, Joining joining) {
        int form(boolean joinsBefore, boolean joinsAfter) {
            if (joining == Joining.RIGHT) {
                return joinsBefore ? isolated + 1 : isolated;
            }
            if (joinsBefore && joinsAfter) {
                return isolated + 3;
            }
            if (joinsBefore) {
                return isolated + 1;
            }
            return joinsAfter ? isolated + 2 : isolated;
        }
    }

    private static final Map<Integer, Forms> LETTERS = new HashMap<>();

    static {
        right(0x0622, 0xFE81);
        right(0x0623, 0xFE83);
        right(0x0624, 0xFE85);
        right(0x0625, 0xFE87);
        dual(0x0626, 0xFE89);
        right(0x0627, 0xFE8D);
        dual(0x0628, 0xFE8F);
        right(0x0629, 0xFE93);
        for (int letter = 0x062A, form = 0xFE95; letter <= 0x062E; letter++, form += 4) {
            dual(letter, form);
        }
        for (int letter = 0x062F, form = 0xFEA9; letter <= 0x0632; letter++, form += 2) {
            right(letter, form);
        }
        for (int letter = 0x0633, form = 0xFEB1; letter <= 0x063A; letter++, form += 4) {
            dual(letter, form);
        }
        for (int letter = 0x0641, form = 0xFED1; letter <= 0x0647; letter++, form += 4) {
            dual(letter, form);
        }
        right(0x0648, 0xFEED);
        right(0x0649, 0xFEEF);
        dual(0x064A, 0xFEF1);
        dual(0x067E, 0xFB56);
        dual(0x0686, 0xFB7A);
        right(0x0698, 0xFB8A);
        dual(0x06A4, 0xFB6A);
        dual(0x06A9, 0xFB8E);
        dual(0x06AF, 0xFB92);
        dual(0x06CC, 0xFBFC);
    }

    private static void dual(int letter, int isolated) {
        LETTERS.put(letter, new Forms(isolated, Joining.DUAL));
    }

    private static void right(int letter, int isolated) {
        LETTERS.put(letter, new Forms(isolated, Joining.RIGHT));
    }

    /** Isolated form of lam followed by each alef; the final form is the next code point. */
    private static final Map<Integer, Integer> LAM_ALEF = Map.of(0x0622, 0xFEF5, 0x0623, 0xFEF7, 0x0625, 0xFEF9,
            0x0627, 0xFEFB);
    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;

    private ArabicShaping() {
    }

    public static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC);
    }

    /** The same text, logical order kept, each Arabic letter replaced by its form in context. */
    public static String shape(String text) {
        if (text == null || !hasArabic(text)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            Forms forms = LETTERS.get(cp);
            if (cp == LAM) {
                int next = nextNonTransparent(cps, i);
                if (next >= 0 && LAM_ALEF.containsKey(cps[next])) {
                    int ligature = LAM_ALEF.get(cps[next]);
                    out.appendCodePoint(joinsBefore(cps, i) ? ligature + 1 : ligature);
                    for (int k = i + 1; k < next; k++) {
                        out.appendCodePoint(cps[k]);
                    }
                    i = next;
                    continue;
                }
            }
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean after = false;
            int next = nextNonTransparent(cps, i);
            if (next >= 0) {
                Joining nextJoining = joiningOf(cps[next]);
                after = nextJoining == Joining.DUAL || nextJoining == Joining.RIGHT || nextJoining == Joining.CAUSING;
            }
            out.appendCodePoint(forms.form(joinsBefore(cps, i), after));
        }
        return out.toString();
    }

    /** Whether the letter before index i (harakat skipped) reaches forward to join it. */
    private static boolean joinsBefore(int[] cps, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Joining joining = joiningOf(cps[k]);
            if (joining != Joining.TRANSPARENT) {
                return joining == Joining.DUAL || joining == Joining.CAUSING;
            }
        }
        return false;
    }

    private static int nextNonTransparent(int[] cps, int i) {
        for (int k = i + 1; k < cps.length; k++) {
            if (joiningOf(cps[k]) != Joining.TRANSPARENT) {
                return k;
            }
        }
        return -1;
    }

    private static Joining joiningOf(int cp) {
        Forms forms = LETTERS.get(cp);
        if (forms != null) {
            return forms.joining();
        }
        if (cp == TATWEEL || cp == 0x200D) {
            return Joining.CAUSING;
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK) {
            return Joining.TRANSPARENT;
        }
        return Joining.NONE;
    }
}
