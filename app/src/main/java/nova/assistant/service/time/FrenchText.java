package nova.assistant.service.time;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts French text into the one shape every rule is written against: lower case, no accents, straight apostrophes,
 * single spaces, and spelled-out numbers as digits ("vingt quatre" -> "24"). Rules stay readable because they
 * never have to spell "é/e" or "quinze/15" twice.
 */
public final class FrenchText {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9));
    private static final Map<String, Integer> TENS = Map.of("vingt", 20, "trente", 30, "quarante", 40,
            "cinquante", 50);
    private static final Map<String, Integer> TEENS = Map.ofEntries(
            Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16));

    private static final Pattern TENS_RX = Pattern.compile(
            "\\b(vingt|trente|quarante|cinquante)(?:[- ](?:et[- ])?(une?|deux|trois|quatre|cinq|six|sept|huit|neuf))?\\b");
    private static final Pattern DIX_RX = Pattern.compile("\\bdix[- ](sept|huit|neuf)\\b");
    private static final Pattern TEENS_RX = Pattern.compile(
            "\\b(dix|onze|douze|treize|quatorze|quinze|seize)\\b");
    /** "sept" is also September's abbreviation, so it is a number only before a unit or "heures". */
    private static final Pattern UNITS_RX = Pattern.compile(
            "\\b(deux|trois|quatre|cinq|six|huit|neuf)\\b|\\b(une?|sept)(?= (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?|annees?|quarts?|prochaine?s?|derniere?s?)\\b)");
    private static final Pattern ORDINAL_RX = Pattern.compile("\\b(\\d{1,2})(?:er|ere|eme|e)\\b");
    private static final Pattern FIRST_RX = Pattern.compile("\\b(?:premier|premiere)(?= (?:janv|fev|mars|avr|mai|juin|juil|aout|sep|oct|nov|dec|au\\b))");

    /** Slips of the keyboard seen at reception desks, mapped to the word meant. */
    private static final java.util.List<Map.Entry<Pattern, String>> TYPOS = java.util.List.of(
            Map.entry(Pattern.compile("\\b(?:demin|dmain|deman|demian|demaim|deamin)\\b"), "demain"),
            Map.entry(Pattern.compile("\\b(?:mecredi|mercerdi|mercedi|mercrdi)\\b"), "mercredi"),
            Map.entry(Pattern.compile("\\b(?:vendedi|vendredie|venderdi|vendrdi)\\b"), "vendredi"),
            Map.entry(Pattern.compile("\\b(?:jeudie|jedi|juedi)\\b"), "jeudi"),
            Map.entry(Pattern.compile("\\b(?:mardie|madi)\\b"), "mardi"),
            Map.entry(Pattern.compile("\\b(?:lundie|lundy)\\b"), "lundi"),
            Map.entry(Pattern.compile("\\b(?:smedi|samdi)\\b"), "samedi"),
            Map.entry(Pattern.compile("\\b(?:dimache|dimanch)\\b"), "dimanche"),
            Map.entry(Pattern.compile("\\b(?:semain|semiane)\\b"), "semaine"),
            Map.entry(Pattern.compile("\\bapres midi\\b"), "apres-midi"),
            Map.entry(Pattern.compile("\\b(?:ajourd'hui|aujourd'hu|aujourdui|aujourd'hiu)\\b"), "aujourd'hui"));

    private FrenchText() {
    }

    /** Lower case, accents removed, apostrophes straightened, spaces collapsed. Never null. */
    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00b4', '\'')
                .replace('\u2013', '-').replace('\u2014', '-');
        return s.replaceAll("[\\s\\u00a0\\u202f]+", " ").trim();
    }

    /** {@link #fold} plus numbers as digits. */
    public static String normalize(String raw) {
        String s = fold(raw);
        for (Map.Entry<Pattern, String> typo : TYPOS) {
            s = typo.getKey().matcher(s).replaceAll(typo.getValue());
        }
        s = replace(s, TENS_RX, m -> String.valueOf(TENS.get(m.group(1))
                + (m.group(2) == null ? 0 : UNITS.get(m.group(2)))));
        s = replace(s, DIX_RX, m -> String.valueOf(10 + UNITS.get(m.group(1))));
        s = replace(s, TEENS_RX, m -> String.valueOf(TEENS.get(m.group(1))));
        s = replace(s, UNITS_RX, m -> String.valueOf(UNITS.get(m.group(1) != null ? m.group(1) : m.group(2))));
        s = replace(s, FIRST_RX, m -> "1");
        s = replace(s, ORDINAL_RX, m -> m.group(1));
        return s;
    }

    static String replace(String s, Pattern p, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
