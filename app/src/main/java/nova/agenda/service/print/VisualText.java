package nova.agenda.service.print;

import java.text.Bidi;

/**
 * A line as it must be drawn left to right on paper: Arabic shaped into presentation forms, then the
 * right-to-left runs reversed by the Unicode bidirectional algorithm ({@link Bidi}). The paragraph direction is
 * left to right because every printed page is a French document; an all-Arabic line comes out the same either way.
 */
public final class VisualText {

    private VisualText() {
    }

    public static String of(String logical) {
        if (logical == null || logical.isEmpty()) {
            return logical == null ? "" : logical;
        }
        String shaped = ArabicShaping.shape(logical);
        if (!Bidi.requiresBidi(shaped.toCharArray(), 0, shaped.length())) {
            return shaped;
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
        return String.join("", texts);
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
