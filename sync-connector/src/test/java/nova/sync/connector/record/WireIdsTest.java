package nova.sync.connector.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class WireIdsTest {

    @Property(tries = 200)
    void everyUuidRoundTripsThroughItsShortForm(@ForAll long high, @ForAll long low) {
        UUID id = new UUID(high, low);
        String wire = WireIds.encode(id);
        assertEquals(22, wire.length());
        assertEquals(id, WireIds.decode(wire));
        assertEquals(id, WireIds.decode(id.toString()));
    }
}
