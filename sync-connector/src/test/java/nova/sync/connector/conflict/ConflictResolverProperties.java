package nova.sync.connector.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Conflict resolution depends on the set of edits, never on the order they arrive in. */
class ConflictResolverProperties {

    private static final List<String> FIELDS = List.of("nom", "telephone", "village", "notes", "diagnosis");
    private static final List<String> VALUES = List.of("a", "b", "c");
    private final ConflictResolver resolver = new ConflictResolver();
    private final ObjectMapper mapper = new ObjectMapper();

    @Property(tries = 300)
    void mergeIsIndependentOfInputOrder(@ForAll("payloads") String base,
            @ForAll("edits") @Size(min = 1, max = 5) List<Edit> edits, @ForAll long shuffleSeed) {
        MergeResult expected = resolver.merge(base, edits);
        List<Edit> shuffled = new ArrayList<>(edits);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertEquals(expected, resolver.merge(base, shuffled));
        Collections.reverse(shuffled);
        assertEquals(expected, resolver.merge(base, shuffled));
    }

    @Property(tries = 200)
    void slotClashesAreIndependentOfInputOrder(@ForAll("slots") @Size(max = 8) List<AppointmentSlot> slots,
            @ForAll long shuffleSeed) {
        List<SlotClash> expected = resolver.slotClashes(slots);
        List<AppointmentSlot> shuffled = new ArrayList<>(slots);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertEquals(expected, resolver.slotClashes(shuffled));
    }

    @Provide
    Arbitrary<String> payloads() {
        Arbitrary<String> value = Arbitraries.of(VALUES).injectNull(0.2);
        return value.list().ofSize(FIELDS.size()).map(values -> {
            ObjectNode node = mapper.createObjectNode();
            for (int i = 0; i < FIELDS.size(); i++) {
                if (values.get(i) != null) {
                    node.put(FIELDS.get(i), values.get(i));
                }
            }
            return node.toString();
        });
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Long> order = Arbitraries.oneOf(Arbitraries.longs().between(1, 20),
                Arbitraries.just(Edit.NOT_YET_ORDERED));
        Arbitrary<String> payload = payloads().injectNull(0.1); // null: a delete
        Arbitrary<Edit> edit = Combinators.combine(payload, order, Arbitraries.create(UUID::randomUUID)).as(Edit::new);
        return edit.list();
    }

    @Provide
    Arbitrary<List<AppointmentSlot>> slots() {
        OffsetDateTime day = OffsetDateTime.of(2026, 11, 22, 8, 0, 0, 0, ZoneOffset.UTC);
        Arbitrary<AppointmentSlot> slot = Combinators.combine(
                Arbitraries.of("f1", "f2"), Arbitraries.integers().between(0, 16), Arbitraries.integers().between(1, 4),
                Arbitraries.of(true, false))
                .as((chair, start, length, holds) -> new AppointmentSlot(UUID.randomUUID(), chair,
                        day.plusMinutes(15L * start).toInstant(), day.plusMinutes(15L * (start + length)).toInstant(), holds));
        return slot.list();
    }
}
