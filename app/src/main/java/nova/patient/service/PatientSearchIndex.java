package nova.patient.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import nova.patient.domain.PatientSummary;

/**
 * In-memory patient search, fed from the store and kept current with {@link #put} and {@link #remove}.
 *
 * <p>Names: accents, case and punctuation are folded away; each word typed must match a word of the last or first
 * name (in any order) exactly, as its beginning, or a typo away (Damerau-Levenshtein, 1 edit up to 7 letters,
 * 2 beyond; candidates come from shared trigrams so the whole dictionary is never scanned). Multi-word last names
 * also match written together ("Ben Ali" is found by "benali").
 *
 * <p>Phones: any written form ("0555 12 34 56", "+213555123456", "00223 76 12 34 56", "12 34 56") is reduced to the
 * national number; a whole number is exact, a beginning is a prefix, digits inside the number are fuzzy.
 *
 * <p>Results rank exact before prefix before fuzzy, then by score, then alphabetically. Thread-safe.
 */
public final class PatientSearchIndex {

    private static final double EXACT = 3.0;
    private static final double PREFIX = 2.0;
    private static final double FUZZY = 1.0;
    private static final int MIN_PHONE_DIGITS = 3;

    private record Indexed(PatientSummary summary, List<String> tokens, String phone, String sortKey) {
    }

    private final Map<UUID, Indexed> patients = new HashMap<>();
    private final TreeMap<String, Set<UUID>> postings = new TreeMap<>();
    private final Map<String, Set<String>> tokensByTrigram = new HashMap<>();

    public PatientSearchIndex() {
    }

    /** Adds a patient, or replaces what is indexed for it. */
    public synchronized void put(PatientSummary patient) {
        Objects.requireNonNull(patient.id(), "patient id");
        remove(patient.id());
        List<String> tokens = nameTokens(patient);
        String phone = PhoneDigits.parse(patient.phoneE164()).digits();
        String sortKey = SearchText.fold(patient.lastName()) + " " + SearchText.fold(patient.firstName());
        patients.put(patient.id(), new Indexed(patient, tokens, phone, sortKey));
        for (String t : tokens) {
            Set<UUID> ids = postings.get(t);
            if (ids == null) {
                ids = new HashSet<>(2);
                postings.put(t, ids);
                for (String g : trigrams(t)) {
                    tokensByTrigram.computeIfAbsent(g, k -> new HashSet<>()).add(t);
                }
            }
            ids.add(patient.id());
        }
    }

    public synchronized boolean remove(UUID patientId) {
        Indexed old = patients.remove(patientId);
        if (old == null) {
            return false;
        }
        for (String t : old.tokens()) {
            Set<UUID> ids = postings.get(t);
            if (ids != null && ids.remove(patientId) && ids.isEmpty()) {
                postings.remove(t);
                for (String g : trigrams(t)) {
                    Set<String> ts = tokensByTrigram.get(g);
                    if (ts != null) {
                        ts.remove(t);
                        if (ts.isEmpty()) {
                            tokensByTrigram.remove(g);
                        }
                    }
                }
            }
        }
        return true;
    }

    public synchronized int size() {
        return patients.size();
    }

    /** The best {@code limit} matches for what was typed in the search box. */
    public synchronized List<PatientMatch> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        Map<UUID, double[]> scored; // [sum of scores, lowest score]
        if (SearchText.hasLetter(query)) {
            List<String> words = new ArrayList<>();
            List<String> digitWords = new ArrayList<>();
            for (String t : SearchText.tokens(query)) {
                (t.chars().allMatch(Character::isDigit) ? digitWords : words).add(t);
            }
            scored = searchNames(words);
            if (!digitWords.isEmpty()) {
                String digits = String.join("", digitWords);
                scored.keySet().removeIf(id -> !patients.get(id).phone().contains(digits));
            }
        } else {
            scored = searchPhone(PhoneDigits.parse(query));
        }
        List<PatientMatch> out = new ArrayList<>(scored.size());
        scored.forEach((id, s) -> out.add(new PatientMatch(patients.get(id).summary(), kindOf(s[1]), s[0])));
        out.sort(Comparator.comparing(PatientMatch::kind)
                .thenComparing(Comparator.comparingDouble(PatientMatch::score).reversed())
                .thenComparing(m -> patients.get(m.patient().id()).sortKey())
                .thenComparing(m -> m.patient().id()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private Map<UUID, double[]> searchPhone(PhoneDigits q) {
        Map<UUID, double[]> out = new HashMap<>();
        if (q.digits().length() < MIN_PHONE_DIGITS) {
            return out;
        }
        String d = q.digits();
        for (Map.Entry<UUID, Indexed> e : patients.entrySet()) {
            String phone = e.getValue().phone();
            if (phone.isEmpty()) {
                continue;
            }
            double s;
            if (phone.equals(d)) {
                s = EXACT;
            } else if (phone.startsWith(d)) {
                s = PREFIX + (double) d.length() / phone.length() / 2;
            } else if (!q.anchored() && phone.contains(d)) {
                s = FUZZY + (double) d.length() / phone.length() / 2;
            } else {
                continue;
            }
            out.put(e.getKey(), new double[] {s, s});
        }
        return out;
    }

    private Map<UUID, double[]> searchNames(List<String> words) {
        if (words.isEmpty()) {
            return new HashMap<>();
        }
        List<Map<UUID, Double>> perWord = new ArrayList<>(words.size());
        for (String w : words) {
            Map<UUID, Double> m = matchWord(w);
            if (m.isEmpty()) {
                return new HashMap<>();
            }
            perWord.add(m);
        }
        perWord.sort(Comparator.comparingInt(Map::size));
        Map<UUID, double[]> out = new HashMap<>();
        outer:
        for (Map.Entry<UUID, Double> e : perWord.getFirst().entrySet()) {
            double sum = e.getValue();
            double min = e.getValue();
            for (int i = 1; i < perWord.size(); i++) {
                Double s = perWord.get(i).get(e.getKey());
                if (s == null) {
                    continue outer;
                }
                sum += s;
                min = Math.min(min, s);
            }
            out.put(e.getKey(), new double[] {sum, min});
        }
        return out;
    }

    /** Best score of each patient having a name word that matches {@code w}. */
    private Map<UUID, Double> matchWord(String w) {
        Map<UUID, Double> best = new HashMap<>();
        for (Map.Entry<String, Set<UUID>> e : postings.subMap(w, true, w + Character.MAX_VALUE, false).entrySet()) {
            String token = e.getKey();
            double s = token.equals(w) ? EXACT : PREFIX + 0.5 * w.length() / token.length();
            for (UUID id : e.getValue()) {
                best.merge(id, s, Math::max);
            }
        }
        int maxEdits = w.length() < 4 ? 0 : w.length() <= 7 ? 1 : 2;
        if (maxEdits == 0) {
            return best;
        }
        for (String token : fuzzyCandidates(w, maxEdits)) {
            if (token.startsWith(w)) {
                continue;
            }
            int d = StringDistance.damerauLevenshtein(w, token, maxEdits);
            if (d > maxEdits) {
                continue;
            }
            double s = FUZZY + 0.8 * StringDistance.jaroWinkler(w, token) - 0.1 * d;
            for (UUID id : postings.get(token)) {
                best.merge(id, s, Math::max);
            }
        }
        return best;
    }

    /**
     * Tokens sharing enough trigrams with {@code w} to be within {@code maxEdits}: one edit (a swap of two
     * neighbours included) spoils at most four padded trigrams, so a token that close keeps at least
     * (trigrams - 4 * edits) of them.
     */
    private List<String> fuzzyCandidates(String w, int maxEdits) {
        List<String> grams = trigrams(w);
        int needed = Math.max(1, grams.size() - 4 * maxEdits);
        Map<String, int[]> shared = new HashMap<>();
        for (String g : grams) {
            Set<String> ts = tokensByTrigram.get(g);
            if (ts == null) {
                continue;
            }
            for (String t : ts) {
                if (Math.abs(t.length() - w.length()) <= maxEdits) {
                    shared.computeIfAbsent(t, k -> new int[1])[0]++;
                }
            }
        }
        List<String> out = new ArrayList<>();
        shared.forEach((t, c) -> {
            if (c[0] >= needed) {
                out.add(t);
            }
        });
        return out;
    }

    private static List<String> nameTokens(PatientSummary p) {
        List<String> tokens = new ArrayList<>();
        for (String part : new String[] {p.lastName(), p.firstName()}) {
            List<String> words = SearchText.tokens(part);
            for (String w : words) {
                if (!tokens.contains(w)) {
                    tokens.add(w);
                }
            }
            if (words.size() > 1) {
                String joined = String.join("", words);
                if (!tokens.contains(joined)) {
                    tokens.add(joined);
                }
            }
        }
        return tokens;
    }

    /** Distinct trigrams of "^word$", the padding making beginnings and endings count. */
    static List<String> trigrams(String word) {
        String padded = "^" + word + "$";
        List<String> out = new ArrayList<>(padded.length());
        for (int i = 0; i + 3 <= padded.length(); i++) {
            String g = padded.substring(i, i + 3);
            if (!out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    private static PatientMatch.Kind kindOf(double lowestScore) {
        if (lowestScore >= EXACT) {
            return PatientMatch.Kind.EXACT;
        }
        return lowestScore >= PREFIX ? PatientMatch.Kind.PREFIX : PatientMatch.Kind.FUZZY;
    }
}
