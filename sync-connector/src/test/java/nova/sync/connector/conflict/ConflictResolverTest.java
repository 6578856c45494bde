package nova.sync.connector.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConflictResolverTest {

    private final ConflictResolver resolver = new ConflictResolver();
    private static final String BASE = "{\"nom\":\"Traoré\",\"telephone\":\"+22376000000\",\"village\":\"Kati\","
            + "\"notes\":\"RAS\"}";

    @Test
    void editsOfDifferentFieldsMerge() {
        Edit phone = Edit.ordered("{\"nom\":\"Traoré\",\"telephone\":\"+22376111111\",\"village\":\"Kati\",\"notes\":\"RAS\"}", 10, key());
        Edit village = Edit.pending("{\"nom\":\"Traoré\",\"telephone\":\"+22376000000\",\"village\":\"Kita\",\"notes\":\"RAS\"}", key());
        MergeResult result = resolver.merge(BASE, List.of(phone, village));
        assertEquals("{\"nom\":\"Traoré\",\"notes\":\"RAS\",\"telephone\":\"+22376111111\",\"village\":\"Kita\"}",
                result.mergedPayload());
        assertFalse(result.needsDecision());
    }

    @Test
    void sameNonClinicalFieldGoesToTheLaterEditInHubOrderNotToTheLaterClock() {
        // The "earlier" edit carries a workstation clock days ahead: clocks are ignored, hub order decides.
        Edit first = Edit.ordered("{\"nom\":\"Traoré\",\"telephone\":\"+22376000000\",\"village\":\"Ségou\",\"notes\":\"RAS\",\"horloge\":\"2030-01-01\"}", 5, key());
        Edit second = Edit.ordered("{\"nom\":\"Traoré\",\"telephone\":\"+22376000000\",\"village\":\"Kayes\",\"notes\":\"RAS\"}", 6, key());
        MergeResult result = resolver.merge(BASE, List.of(second, first));
        assertTrue(result.mergedPayload().contains("\"village\":\"Kayes\""));
        assertFalse(result.needsDecision());
    }

    @Test
    void sameClinicalFieldChangedTwiceIsKeptAsAConflictWithBothVersions() {
        Edit doctor1 = Edit.ordered("{\"nom\":\"Traoré\",\"telephone\":\"+22376000000\",\"village\":\"Kati\",\"notes\":\"Paludisme simple\"}", 7, key());
        Edit doctor2 = Edit.pending("{\"nom\":\"Traoré\",\"telephone\":\"+22376000000\",\"village\":\"Kati\",\"notes\":\"Fièvre typhoïde ?\"}", key());
        MergeResult result = resolver.merge(BASE, List.of(doctor1, doctor2));
        assertTrue(result.needsDecision());
        FieldConflict conflict = result.conflicts().getFirst();
        assertEquals("notes", conflict.field());
        assertEquals("\"RAS\"", conflict.baseValue());
        assertEquals(List.of("\"Paludisme simple\"", "\"Fièvre typhoïde ?\""),
                conflict.versions().stream().map(FieldConflict.Version::value).toList());
    }

    @Test
    void sameClinicalValueTwiceIsNoConflict() {
        String same = "{\"nom\":\"Traoré\",\"telephone\":\"+22376000000\",\"village\":\"Kati\",\"notes\":\"Paludisme\"}";
        MergeResult result = resolver.merge(BASE, List.of(Edit.ordered(same, 3, key()), Edit.ordered(same, 4, key())));
        assertFalse(result.needsDecision());
    }

    @Test
    void aDeleteLaterInHubOrderWins() {
        MergeResult result = resolver.merge(BASE, List.of(Edit.ordered(BASE.replace("Kati", "Kita"), 3, key()),
                Edit.ordered(null, 4, key())));
        assertTrue(result.deleted());
        assertNull(result.mergedPayload());
    }

    @Test
    void twoAppointmentsOnTheSameChairAtOverlappingTimesClash() {
        ObjectMapper mapper = new ObjectMapper();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        List<AppointmentSlot> slots = List.of(
                slot(mapper, a, "fauteuil-1", "2026-11-22T09:00:00+01:00", "2026-11-22T09:30:00+01:00", "BOOKED"),
                slot(mapper, b, "fauteuil-1", "2026-11-22T09:15:00+01:00", "2026-11-22T09:45:00+01:00", "CONFIRMED"),
                slot(mapper, c, "fauteuil-2", "2026-11-22T09:00:00+01:00", "2026-11-22T09:30:00+01:00", "BOOKED"),
                slot(mapper, d, "fauteuil-1", "2026-11-22T09:30:00+01:00", "2026-11-22T10:00:00+01:00", "CANCELLED"));
        List<SlotClash> clashes = resolver.slotClashes(slots);
        assertEquals(1, clashes.size());
        assertEquals(java.util.Set.of(a, b), java.util.Set.of(clashes.getFirst().first().id(), clashes.getFirst().second().id()));
        assertEquals(Optional.empty(), AppointmentSlot.fromPayload(a, "{\"notes\":\"sans fauteuil\"}", mapper));
    }

    private static AppointmentSlot slot(ObjectMapper mapper, UUID id, String chair, String start, String end, String status) {
        return AppointmentSlot.fromPayload(id, "{\"chairId\":\"" + chair + "\",\"start\":\"" + start + "\",\"end\":\""
                + end + "\",\"status\":\"" + status + "\"}", mapper).orElseThrow();
    }

    private static UUID key() {
        return UUID.randomUUID();
    }
}
