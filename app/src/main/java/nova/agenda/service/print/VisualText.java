package nova.agenda.service.print;

import java.text.Bidi;

/**
 * A line as it must be drawn left to right on paper: Arabic shaped into presentation forms, then the
 * right-to-left runs reversed by the Unicode bidirectional algorithm ({@link Bidi}). The paragraph direction is
 * left to right because every printed page is a French document; an all-Arabic line comes out the same either way.
 */
public final class VisualText {

    /** Left-to-right mark: a strong left-to-right character that is never drawn. */
    private static final char LRM = '\u200E';

    private VisualText() {
    }

    /**
     * A field (a name) to be followed by other text on the same line: closed with a left-to-right mark so that what
     * follows it (a phone number, an age) is not pulled into the name's right-to-left run and printed before it.
     */
    public static String field(String text) {
        return text == null ? "" : text + LRM;
    }

    public static String of(String logical) {
        if (logical == null || logical.isEmpty()) {
            return logical == null ? "" : logical;
        }
        String shaped = ArabicShaping.shape(logical);
        if (!Bidi.requiresBidi(shaped.toCharArray(), 0, shaped.length())) {
            return withoutControls(shaped);
        }
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String run = shaped.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            texts[r] = (levels[r] & 1) == 1 ? reversedMirrored(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return withoutControls(String.join("", texts));
    }

    /** Bidi formatting characters have done their work once the order is fixed; fonts have no glyph for them. */
    private static String withoutControls(String text) {
        if (text.chars().noneMatch(VisualText::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> !isControl(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static boolean isControl(int c) {
        return c == LRM || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** A right-to-left run read backwards, code point by code point, brackets turned round, marks after their base. */
    private static String reversedMirrored(String run) {
        int[] cps = run.codePoints().toArray();
        StringBuilder out = new StringBuilder(run.length());
        int i = cps.length - 1;
        while (i >= 0) {
            // a base letter and its following combining marks stay together, base first
            int end = i;
            while (i > 0 && Character.getType(cps[i]) == Character.NON_SPACING_MARK) {
                i--;
            }
            out.appendCodePoint(mirror(cps[i]));
            for (int k = i + 1; k <= end; k++) {
                out.appendCodePoint(cps[k]);
            }
            i--;
        }
        return out.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }
}
