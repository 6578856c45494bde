package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import nova.referral.domain.ReferralProgress;
import org.junit.jupiter.api.Test;

/**
 * A set of versions of one referral answer (what the desks of the receiving site pushed), applied to a desk's row
 * in every arrival order, as the pull applies them: always the same final steps, the furthest, and no step ever
 * goes back on the way (decision 0215).
 */
class ForwardOnlyStepsPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 200)
    void everyArrivalOrderEndsOnTheSameFurthestStep(@ForAll("versions") @Size(min = 1, max = 5) List<ObjectNode> edits) {
        Set<String> finals = new HashSet<>();
        ReferralProgress furthest = edits.stream().map(e -> ForwardOnlySteps.answer(e).orElseThrow().status())
                .max(Enum::compareTo).orElseThrow();
        for (List<ObjectNode> order : permutations(edits)) {
            ObjectNode row = null;
            ReferralProgress shown = ReferralProgress.NEW;
            for (ObjectNode pulled : order) {
                ObjectNode incoming = pulled.deepCopy();
                ForwardOnlySteps.fold(incoming, row);
                row = incoming;
                ReferralProgress now = ReferralProgress.valueOf(row.path("status").asText());
                assertTrue(now.compareTo(shown) >= 0, "the step went back from " + shown + " to " + now);
                shown = now;
            }
            assertEquals(furthest.name(), row.path("status").asText());
            finals.add(steps(row));
        }
        assertEquals(1, finals.size(), "every order gives the same answer: " + finals);
    }

    @Test
    void aLateReceivedBringsItsInstantWithoutTakingTheStepBack() {
        ObjectNode handled = version("HANDLED", null, null, "2026-11-21T10:00:00Z");
        handled.put("note", "vue par le Dr Keïta");
        ObjectNode lateReceived = version("RECEIVED", null, "2026-11-21T10:05:00Z", null);
        lateReceived.put("note", "patiente installée salle 2");
        assertTrue(ForwardOnlySteps.fold(lateReceived, handled));
        assertEquals("HANDLED", lateReceived.path("status").asText());
        assertEquals("2026-11-21T10:05:00Z", lateReceived.path("received_at").asText());
        assertEquals("2026-11-21T10:00:00Z", lateReceived.path("handled_at").asText());
        assertEquals("patiente installée salle 2", lateReceived.path("note").asText(),
                "a field other than the steps keeps its own merge");
    }

    @Test
    void aStepThisReleaseDoesNotKnowIsLeftAlone() {
        ObjectNode newer = version("TRANSFERRED", null, null, null);
        assertEquals(false, ForwardOnlySteps.fold(newer, version("HANDLED", null, null, "2026-11-21T10:00:00Z")));
        assertEquals("TRANSFERRED", newer.path("status").asText());
    }

    @Provide
    Arbitrary<List<ObjectNode>> versions() {
        Arbitrary<String> at = Arbitraries.longs().between(0, 50)
                .map(s -> Instant.parse("2026-11-21T10:00:00Z").plusSeconds(s).toString()).injectNull(0.4);
        return Combinators.combine(Arbitraries.of(ReferralProgress.class), at, at, at)
                .as((status, seen, received, handled) -> version(status.name(), seen, received, handled)).list();
    }

    private static ObjectNode version(String status, String seen, String received, String handled) {
        ObjectNode node = JSON.createObjectNode();
        node.put("target_site", "cscom-kalaban");
        node.put("status", status);
        node.put("seen_at", seen);
        node.put("received_at", received);
        node.put("handled_at", handled);
        node.put("deleted", false);
        return node;
    }

    private static String steps(ObjectNode row) {
        return row.path("status").asText() + "|" + row.path("seen_at").asText(null) + "|"
                + row.path("received_at").asText(null) + "|" + row.path("handled_at").asText(null);
    }

    private static List<List<ObjectNode>> permutations(List<ObjectNode> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<ObjectNode>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<ObjectNode> rest = new ArrayList<>(items);
            ObjectNode head = rest.remove(i);
            for (List<ObjectNode> tail : permutations(rest)) {
                List<ObjectNode> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
