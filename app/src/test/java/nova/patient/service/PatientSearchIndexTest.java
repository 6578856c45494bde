package nova.patient.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nova.patient.domain.PatientSummary;

class PatientSearchIndexTest {

    private PatientSearchIndex index;
    private PatientSummary hadjer;
    private PatientSummary benali;
    private PatientSummary benaliSamir;
    private PatientSummary bensalah;
    private PatientSummary benAli;
    private PatientSummary traore;

    @BeforeEach
    void setUp() {
        index = new PatientSearchIndex();
        hadjer = patient("Amrani", "Hadjèr", "+213555123456");
        benali = patient("Benali", "Samia", "+213661234567");
        benaliSamir = patient("Benali", "Samir", "+213770000001");
        bensalah = patient("Bensalah", "Karim", "+213550987654");
        benAli = patient("Ben Ali", "Yacine", "+213699111222");
        traore = patient("Traoré", "Aminata", "+22376123456");
        for (PatientSummary p : List.of(hadjer, benali, benaliSamir, bensalah, benAli, traore)) {
            index.put(p);
        }
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(hadjer, first("Hadjer"));
        assertEquals(hadjer, first("HADJÈR"));
        assertEquals(hadjer, first("hadjèr amrani"));
        assertEquals(traore, first("traore"));
        assertEquals(PatientMatch.Kind.EXACT, index.search("Hadjer", 5).getFirst().kind());
    }

    @Test
    void aTypoStillFindsThePatientButRanksBelowExactMatches() {
        List<PatientMatch> found = index.search("Bennali", 10);
        assertTrue(ids(found).contains(benali.id()), "Bennali should find Benali");
        assertTrue(ids(found).contains(benaliSamir.id()));
        assertTrue(found.stream().allMatch(m -> m.kind() == PatientMatch.Kind.FUZZY));
        assertEquals(hadjer, first("Amrnai")); // swapped letters
        assertEquals(hadjer, first("Hadjeer amrani"));
        assertTrue(index.search("Xyzzyq", 10).isEmpty());
    }

    @Test
    void exactBeatsPrefixBeatsFuzzy() {
        index.put(patient("Benalia", "Nour", "+213555000999"));
        index.put(patient("Bemali", "Rayan", "+213555000998"));
        List<PatientMatch> found = index.search("benali", 10);
        List<PatientMatch.Kind> kinds = found.stream().map(PatientMatch::kind).toList();
        assertEquals(PatientMatch.Kind.EXACT, kinds.get(0));
        assertEquals(PatientMatch.Kind.EXACT, kinds.get(1));
        // "Ben Ali" written together is a whole word too.
        assertEquals(PatientMatch.Kind.EXACT, kinds.get(2));
        assertEquals(PatientMatch.Kind.PREFIX, kinds.get(3));
        assertEquals("Benalia", found.get(3).patient().lastName());
        assertEquals(PatientMatch.Kind.FUZZY, kinds.getLast());
        assertEquals("Bemali", found.getLast().patient().lastName());
    }

    @Test
    void wordsMatchInAnyOrderAndAllMustMatch() {
        assertEquals(benaliSamir, first("samir benali"));
        assertEquals(benaliSamir, first("Benali Samir"));
        List<PatientMatch> both = index.search("benali samir", 10);
        assertEquals(PatientMatch.Kind.EXACT, both.getFirst().kind());
        // "samir" is one letter from "Samia": her sister comes second, as a typo match.
        assertEquals(List.of(benaliSamir.id(), benali.id()), ids(both));
        assertEquals(PatientMatch.Kind.FUZZY, both.get(1).kind());
        assertTrue(index.search("benali karim", 10).isEmpty());
        assertEquals(2, index.search("ben sam", 10).size()); // prefixes of both words
    }

    @Test
    void phoneInAnyWrittenForm() {
        for (String typed : List.of("0555 12 34 56", "+213555123456", "+213 555 12 34 56", "00213555123456",
                "0555-12-34-56", "213555123456", "555123456")) {
            List<PatientMatch> found = index.search(typed, 5);
            assertEquals(hadjer, found.getFirst().patient(), typed);
            assertEquals(PatientMatch.Kind.EXACT, found.getFirst().kind(), typed);
        }
        assertEquals(traore, first("76 12 34 56"));
        assertEquals(traore, first("+223 76 12 34 56"));
        assertEquals(traore, first("0022376123456"));
    }

    @Test
    void partialPhoneNumbers() {
        List<PatientMatch> prefix = index.search("0555", 10);
        assertEquals(List.of(hadjer.id()), ids(prefix));
        assertEquals(PatientMatch.Kind.PREFIX, prefix.getFirst().kind());
        List<PatientMatch> inside = index.search("12 34 56", 10);
        assertTrue(ids(inside).containsAll(List.of(hadjer.id(), traore.id())));
        assertTrue(inside.stream().allMatch(m -> m.kind() == PatientMatch.Kind.FUZZY));
        // A leading 0 anchors the number at its start: "0123" is no number's beginning here.
        assertTrue(index.search("0123", 10).isEmpty());
        assertTrue(index.search("55", 10).isEmpty(), "too few digits to search");
    }

    @Test
    void nameAndDigitsTogetherNarrowByPhone() {
        assertEquals(List.of(benaliSamir.id()), ids(index.search("benali 0000", 10)));
    }

    @Test
    void updateAndRemoveAreIncremental() {
        PatientSummary renamed = new PatientSummary(hadjer.id(), "Mansouri", "Hadjer", "+213555999888", 1990, null);
        index.put(renamed);
        assertTrue(index.search("Amrani", 10).isEmpty());
        assertEquals(renamed, first("mansouri"));
        assertTrue(index.search("0555 12 34 56", 10).isEmpty());
        assertEquals(renamed, first("0555 99 98 88"));
        assertTrue(index.remove(hadjer.id()));
        assertFalse(index.remove(hadjer.id()));
        assertTrue(index.search("mansouri", 10).isEmpty());
        assertEquals(5, index.size());
        // The word "amrani" left the dictionary: a typo search does not resurrect it.
        assertTrue(index.search("amrany", 10).isEmpty());
    }

    @Test
    void limitKeepsTheBestAndOrderIsStable() {
        assertEquals(1, index.search("ben", 1).size());
        assertEquals(index.search("ben", 10), index.search("ben", 10));
        assertTrue(index.search("", 10).isEmpty());
        assertTrue(index.search("   ", 10).isEmpty());
    }

    private PatientSummary first(String query) {
        List<PatientMatch> found = index.search(query, 5);
        assertFalse(found.isEmpty(), "nothing found for " + query);
        return found.getFirst().patient();
    }

    private static List<UUID> ids(List<PatientMatch> matches) {
        return matches.stream().map(m -> m.patient().id()).toList();
    }

    private static PatientSummary patient(String last, String first, String phone) {
        return new PatientSummary(UUID.randomUUID(), last, first, phone, 1980, null);
    }
}
