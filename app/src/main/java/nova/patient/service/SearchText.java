package nova.patient.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Folds names for matching: no accents, no case, ligatures spelled out, punctuation as spaces. */
final class SearchText {

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'œ', 'Œ' -> sb.append("oe");
                case 'æ', 'Æ' -> sb.append("ae");
                case 'ß' -> sb.append("ss");
                case '\'', '’', 'ʼ' -> { } // "Ba'ath", "N’Diaye": the apostrophe is noise, keep the word whole
                default -> sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
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
