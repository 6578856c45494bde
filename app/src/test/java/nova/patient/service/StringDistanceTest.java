package nova.patient.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StringDistanceTest {

    @Test
    void damerauLevenshteinCountsSwapsAsOneEdit() {
        assertEquals(0, StringDistance.damerauLevenshtein("benali", "benali", 2));
        assertEquals(1, StringDistance.damerauLevenshtein("bennali", "benali", 2));
        assertEquals(1, StringDistance.damerauLevenshtein("bneali", "benali", 2));
        assertEquals(1, StringDistance.damerauLevenshtein("benali", "bemali", 2));
        assertEquals(2, StringDistance.damerauLevenshtein("benali", "bensalh", 3));
        assertEquals(3, StringDistance.damerauLevenshtein("amrani", "zzzzzz", 2), "capped at max + 1");
    }

    @Test
    void jaroWinklerPrefersACommonBeginning() {
        assertEquals(1.0, StringDistance.jaroWinkler("hadjer", "hadjer"));
        assertTrue(StringDistance.jaroWinkler("benali", "bennali") > StringDistance.jaroWinkler("benali", "nebali"));
        assertEquals(0.0, StringDistance.jaroWinkler("abc", "xyz"));
    }

    @Test
    void foldingRemovesAccentsCaseAndPunctuation() {
        assertEquals("hadjer", SearchText.fold("Hadjèr"));
        assertEquals("aicha maiga", SearchText.fold("AÏCHA  Maïga"));
        assertEquals("ndiaye", SearchText.fold("N'Diaye"));
        assertEquals("coeur", SearchText.fold("Cœur"));
    }
}
