package nova.patient.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.UUID;

import nova.patient.domain.PatientSummary;

/**
 * In-memory patient search, fed from the store and kept current with {@link #put} and {@link #remove}.
 *
 * <p>Names: accents, case and punctuation are folded away; each word typed must match a word of the last or first
 * name (in any order) exactly, as its beginning, or a typo away (Damerau-Levenshtein: 1 edit up to 7 letters, 2
 * beyond; candidates come from shared trigrams so the dictionary is never scanned). Multi-word last names also
 * match written together ("Ben Ali" is found by "benali").
 *
 * <p>Phones: any written form ("0555 12 34 56", "+213555123456", "00223 76 12 34 56", "12 34 56") is reduced to the
 * national number; the whole number is exact, its beginning a prefix, digits inside it fuzzy. Candidates come from
 * a 3-digit gram index.
 *
 * <p>Results rank exact before prefix before fuzzy, then by score, then alphabetically. Looser matching is only
 * tried when the stricter one did not fill the result list, since it could not rank above it anyway. Thread-safe.
 */
public final class PatientSearchIndex {

    private static final float EXACT = 3.0f;
    private static final float PREFIX = 2.0f;
    private static final float FUZZY = 1.0f;
    private static final int MIN_PHONE_DIGITS = 3;

    private record Indexed(PatientSummary summary, int[] tokens, String phone, String sortKey) {
    }

    // Patients by internal slot.
    private Indexed[] slots = new Indexed[1024];
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final IntBag freeSlots = new IntBag();
    private int slotCount;

    // Name words: id <-> text, patients per word, words per trigram.
    private final TreeMap<String, Integer> tokenIds = new TreeMap<>();
    private String[] tokenText = new String[1024];
    private IntBag[] tokenPatients = new IntBag[1024];
    private final IntBag freeTokens = new IntBag();
    private int tokenCount;
    private final Map<String, IntBag> tokensByTrigram = new HashMap<>();

    // Phones: patients per 3-digit gram of their national number.
    private final IntBag[] phoneGrams = new IntBag[1000];

    // Scratch space of one search (searches are serialised).
    private float[] wordScore = new float[1024];
    private int[] wordStamp = new int[1024];
    private float[] sum = new float[1024];
    private float[] low = new float[1024];
    private int[] matchedWords = new int[1024];
    private int[] queryStamp = new int[1024];
    private int[] tokenStamp = new int[1024];
    private int[] tokenShared = new int[1024];
    private int stamp;

    public PatientSearchIndex() {
    }

    /** Adds a patient, or replaces what is indexed for it. */
    public synchronized void put(PatientSummary patient) {
        Objects.requireNonNull(patient.id(), "patient id");
        remove(patient.id());
        int slot = freeSlots.isEmpty() ? slotCount++ : popFree(freeSlots);
        ensurePatientCapacity(slotCount);
        List<String> words = nameTokens(patient);
        int[] tokens = new int[words.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokenId(words.get(i));
            tokenPatients[tokens[i]].add(slot);
        }
        String phone = PhoneDigits.parse(patient.phoneE164()).digits();
        for (int g : phoneGramsOf(phone)) {
            if (phoneGrams[g] == null) {
                phoneGrams[g] = new IntBag();
            }
            phoneGrams[g].add(slot);
        }
        String sortKey = SearchText.fold(patient.lastName()) + " " + SearchText.fold(patient.firstName());
        slots[slot] = new Indexed(patient, tokens, phone, sortKey);
        slotOf.put(patient.id(), slot);
    }

    public synchronized boolean remove(UUID patientId) {
        Integer slot = slotOf.remove(patientId);
        if (slot == null) {
            return false;
        }
        Indexed old = slots[slot];
        for (int t : old.tokens()) {
            tokenPatients[t].remove(slot);
            if (tokenPatients[t].isEmpty()) {
                dropToken(t);
            }
        }
        for (int g : phoneGramsOf(old.phone())) {
            phoneGrams[g].remove(slot);
        }
        slots[slot] = null;
        freeSlots.add(slot);
        return true;
    }

    public synchronized int size() {
        return slotOf.size();
    }

    /** The best {@code limit} matches for what was typed in the search box, best first. */
    public synchronized List<PatientMatch> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        if (!SearchText.hasLetter(query)) {
            return searchPhone(PhoneDigits.parse(query), limit);
        }
        List<String> words = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (String t : SearchText.tokens(query)) {
            if (t.chars().allMatch(Character::isDigit)) {
                digits.append(t);
            } else {
                words.add(t);
            }
        }
        List<PatientMatch> result = List.of();
        for (int looseness = 0; looseness <= 2; looseness++) {
            result = searchNames(words, digits.toString(), looseness, limit);
            if (result.size() >= limit) {
                break;
            }
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------- names

    /** looseness 0: whole words only; 1: also beginnings; 2: also typos. */
    private List<PatientMatch> searchNames(List<String> words, String digits, int looseness, int limit) {
        int query = ++stamp;
        IntBag first = null;
        for (int k = 0; k < words.size(); k++) {
            IntBag touched = matchWord(words.get(k), looseness);
            if (touched.isEmpty()) {
                return List.of();
            }
            for (int i = 0; i < touched.size(); i++) {
                int p = touched.get(i);
                float s = wordScore[p];
                if (k == 0) {
                    queryStamp[p] = query;
                    sum[p] = s;
                    low[p] = s;
                    matchedWords[p] = 1;
                } else if (queryStamp[p] == query && matchedWords[p] == k) {
                    sum[p] += s;
                    low[p] = Math.min(low[p], s);
                    matchedWords[p] = k + 1;
                }
            }
            if (k == 0) {
                first = touched;
            }
        }
        if (first == null) {
            return List.of();
        }
        int n = words.size();
        PriorityQueue<Integer> top = new PriorityQueue<>(limit + 1, worstFirst());
        for (int i = 0; i < first.size(); i++) {
            int p = first.get(i);
            if (matchedWords[p] != n || (!digits.isEmpty() && !slots[p].phone().contains(digits))) {
                continue;
            }
            offer(top, p, limit);
        }
        return drain(top);
    }

    /** Marks each patient matching {@code w} with its best score in wordScore; returns them. */
    private IntBag matchWord(String w, int looseness) {
        int word = ++stamp;
        IntBag touched = new IntBag();
        Integer exact = tokenIds.get(w);
        if (exact != null) {
            credit(exact, EXACT, word, touched);
        }
        if (looseness >= 1) {
            for (Map.Entry<String, Integer> e : tokenIds.subMap(w, false, w + Character.MAX_VALUE, false)
                    .entrySet()) {
                credit(e.getValue(), PREFIX + 0.5f * w.length() / e.getKey().length(), word, touched);
            }
        }
        int maxEdits = w.length() < 4 ? 0 : w.length() <= 7 ? 1 : 2;
        if (looseness >= 2 && maxEdits > 0) {
            IntBag candidates = fuzzyCandidates(w, maxEdits);
            for (int c = 0; c < candidates.size(); c++) {
                int t = candidates.get(c);
                String token = tokenText[t];
                if (token.startsWith(w)) {
                    continue;
                }
                int d = StringDistance.damerauLevenshtein(w, token, maxEdits);
                if (d <= maxEdits) {
                    credit(t, FUZZY + 0.8f * (float) StringDistance.jaroWinkler(w, token) - 0.1f * d, word, touched);
                }
            }
        }
        return touched;
    }

    private void credit(int token, float score, int word, IntBag touched) {
        IntBag patients = tokenPatients[token];
        for (int i = 0; i < patients.size(); i++) {
            int p = patients.get(i);
            if (wordStamp[p] != word) {
                wordStamp[p] = word;
                wordScore[p] = score;
                touched.add(p);
            } else if (score > wordScore[p]) {
                wordScore[p] = score;
            }
        }
    }

    /**
     * Words sharing enough trigrams with {@code w} to be within {@code maxEdits}: one edit (a swap of two
     * neighbours included) spoils at most four padded trigrams, so a word that close keeps at least
     * (trigrams - 4 * edits) of them.
     */
    private IntBag fuzzyCandidates(String w, int maxEdits) {
        List<String> grams = trigrams(w);
        int needed = Math.max(1, grams.size() - 4 * maxEdits);
        int round = ++stamp;
        IntBag out = new IntBag();
        for (String g : grams) {
            IntBag ts = tokensByTrigram.get(g);
            if (ts == null) {
                continue;
            }
            for (int i = 0; i < ts.size(); i++) {
                int t = ts.get(i);
                if (Math.abs(tokenText[t].length() - w.length()) > maxEdits) {
                    continue;
                }
                if (tokenStamp[t] != round) {
                    tokenStamp[t] = round;
                    tokenShared[t] = 0;
                }
                if (++tokenShared[t] == needed) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------- phones

    private List<PatientMatch> searchPhone(PhoneDigits q, int limit) {
        String d = q.digits();
        if (d.length() < MIN_PHONE_DIGITS) {
            return List.of();
        }
        IntBag rarest = null;
        for (int g : phoneGramsOf(d)) {
            IntBag bag = phoneGrams[g];
            if (bag == null) {
                return List.of();
            }
            if (rarest == null || bag.size() < rarest.size()) {
                rarest = bag;
            }
        }
        int query = ++stamp;
        PriorityQueue<Integer> top = new PriorityQueue<>(limit + 1, worstFirst());
        for (int i = 0; i < rarest.size(); i++) {
            int p = rarest.get(i);
            if (queryStamp[p] == query) {
                continue;
            }
            queryStamp[p] = query;
            String phone = slots[p].phone();
            float s;
            if (phone.equals(d)) {
                s = EXACT;
            } else if (phone.startsWith(d)) {
                s = PREFIX + (float) d.length() / phone.length() / 2;
            } else if (!q.anchored() && phone.contains(d)) {
                s = FUZZY + (float) d.length() / phone.length() / 2;
            } else {
                continue;
            }
            sum[p] = s;
            low[p] = s;
            offer(top, p, limit);
        }
        return drain(top);
    }

    private static int[] phoneGramsOf(String digits) {
        if (digits.length() < 3) {
            return new int[0];
        }
        int[] grams = new int[digits.length() - 2];
        int n = 0;
        for (int i = 0; i + 3 <= digits.length(); i++) {
            int g = (digits.charAt(i) - '0') * 100 + (digits.charAt(i + 1) - '0') * 10 + (digits.charAt(i + 2) - '0');
            boolean seen = false;
            for (int j = 0; j < n; j++) {
                seen |= grams[j] == g;
            }
            if (!seen) {
                grams[n++] = g;
            }
        }
        return Arrays.copyOf(grams, n);
    }

    // ------------------------------------------------------------------------------------------------ ranking

    private static PatientMatch.Kind kindOf(float lowestScore) {
        if (lowestScore >= EXACT) {
            return PatientMatch.Kind.EXACT;
        }
        return lowestScore >= PREFIX ? PatientMatch.Kind.PREFIX : PatientMatch.Kind.FUZZY;
    }

    /** Best first: kind, then score, then name, then id. */
    private int compareBestFirst(int a, int b) {
        int c = kindOf(low[a]).compareTo(kindOf(low[b]));
        if (c != 0) {
            return c;
        }
        c = Float.compare(sum[b], sum[a]);
        if (c != 0) {
            return c;
        }
        c = slots[a].sortKey().compareTo(slots[b].sortKey());
        return c != 0 ? c : slots[a].summary().id().compareTo(slots[b].summary().id());
    }

    private Comparator<Integer> worstFirst() {
        return (a, b) -> compareBestFirst(b, a);
    }

    private void offer(PriorityQueue<Integer> top, int p, int limit) {
        if (top.size() < limit) {
            top.add(p);
        } else if (compareBestFirst(p, top.peek()) < 0) {
            top.poll();
            top.add(p);
        }
    }

    private List<PatientMatch> drain(PriorityQueue<Integer> top) {
        List<Integer> best = new ArrayList<>(top);
        best.sort(this::compareBestFirst);
        List<PatientMatch> out = new ArrayList<>(best.size());
        for (int p : best) {
            out.add(new PatientMatch(slots[p].summary(), kindOf(low[p]), sum[p]));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- dictionaries

    private int tokenId(String word) {
        Integer id = tokenIds.get(word);
        if (id != null) {
            return id;
        }
        int t = freeTokens.isEmpty() ? tokenCount++ : popFree(freeTokens);
        if (t >= tokenText.length) {
            int n = tokenText.length * 2;
            tokenText = Arrays.copyOf(tokenText, n);
            tokenPatients = Arrays.copyOf(tokenPatients, n);
            tokenStamp = Arrays.copyOf(tokenStamp, n);
            tokenShared = Arrays.copyOf(tokenShared, n);
        }
        tokenText[t] = word;
        tokenPatients[t] = new IntBag();
        tokenIds.put(word, t);
        for (String g : trigrams(word)) {
            tokensByTrigram.computeIfAbsent(g, k -> new IntBag()).add(t);
        }
        return t;
    }

    private void dropToken(int t) {
        String word = tokenText[t];
        tokenIds.remove(word);
        for (String g : trigrams(word)) {
            IntBag bag = tokensByTrigram.get(g);
            if (bag != null) {
                bag.remove(t);
                if (bag.isEmpty()) {
                    tokensByTrigram.remove(g);
                }
            }
        }
        tokenText[t] = null;
        tokenPatients[t] = null;
        freeTokens.add(t);
    }

    private void ensurePatientCapacity(int needed) {
        if (needed <= slots.length) {
            return;
        }
        int n = Math.max(needed, slots.length * 2);
        slots = Arrays.copyOf(slots, n);
        wordScore = Arrays.copyOf(wordScore, n);
        wordStamp = Arrays.copyOf(wordStamp, n);
        sum = Arrays.copyOf(sum, n);
        low = Arrays.copyOf(low, n);
        matchedWords = Arrays.copyOf(matchedWords, n);
        queryStamp = Arrays.copyOf(queryStamp, n);
    }

    private static int popFree(IntBag bag) {
        int v = bag.get(bag.size() - 1);
        bag.remove(v);
        return v;
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
}
