package nova.patient.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import nova.patient.domain.PatientSummary;

class PatientSearchPropertiesTest {

    private static final String[] SYLLABLES = {"ba", "bé", "di", "dou", "ka", "kè", "la", "li", "ma", "mou", "na",
        "ni", "ra", "ri", "sa", "si", "ta", "tou", "za", "ch", "ou", "al", "el", "ï"};

    /** Whatever the names, each patient is found by its full name, by its phone, and by a one-letter typo. */
    @Property(tries = 60)
    void everyPatientIsFoundByNamePhoneAndTypo(@ForAll long seed) {
        Random random = new Random(seed);
        PatientSearchIndex index = new PatientSearchIndex();
        List<PatientSummary> patients = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            PatientSummary p = new PatientSummary(UUID.randomUUID(), word(random), word(random),
                    "+213" + (5 + random.nextInt(3)) + String.format("%08d", random.nextInt(100_000_000)), null, null);
            patients.add(p);
            index.put(p);
        }
        for (int i = 0; i < 20; i++) {
            PatientSummary p = patients.get(random.nextInt(patients.size()));
            assertTrue(contains(index.search(p.lastName() + " " + p.firstName(), 50), p), "name " + p);
            String national = "0" + p.phoneE164().substring(4);
            assertTrue(contains(index.search(national, 50), p), "phone " + national);
            String last = SearchText.fold(p.lastName());
            if (last.length() >= 4) {
                int at = 1 + random.nextInt(last.length() - 2);
                String typo = last.substring(0, at) + "q" + last.substring(at + 1);
                assertTrue(contains(index.search(typo, 300), p), "typo " + typo + " for " + p.lastName());
            }
        }
    }

    private static boolean contains(List<PatientMatch> found, PatientSummary p) {
        return found.stream().anyMatch(m -> m.patient().id().equals(p.id()));
    }

    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }
}
