package nova.patient.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Folds names for matching: no accents, no case, ligatures spelled out, punctuation as spaces. */
final class SearchText {

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.isNormalized(text, Normalizer.Form.NFD) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String folded = switch (c) {
                case 'œ', 'Œ' -> "oe";
                case 'æ', 'Æ' -> "ae";
                case 'ß' -> "ss";
                // "N'Diaye", "Ba’ath": the apostrophe is noise inside a name, keep the word whole
                case '\'', '’', 'ʼ' -> "";
                default -> null;
            };
            if (folded == null && !Character.isLetterOrDigit(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            if (folded != null) {
                sb.append(folded);
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Folded words, in order, without duplicates. */
    static List<String> tokens(String text) {
        String folded = fold(text);
        List<String> out = new ArrayList<>();
        if (folded.isEmpty()) {
            return out;
        }
        for (String t : folded.split(" ")) {
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
