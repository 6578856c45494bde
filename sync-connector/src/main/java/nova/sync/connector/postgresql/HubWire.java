package nova.sync.connector.postgresql;

import java.time.Duration;

/**
 * How pushes and pulls travel (decisions 0186, 0217). Over a slow link bytes cost more than hub CPU: pushes go
 * packed ({@code push_packed}, decision 0185, half the bytes of items) and both directions sealed (the packed text
 * zlib-compressed, hub V11: a third of the packed bytes). Over a fast one the hub's CPU counts: pushes go as items
 * ({@code push_changes}, a third less hub CPU than unpacking) and pages packed, uncompressed. Every form gives the
 * same verdicts and the same pages.
 */
public enum HubWire {
    /** {@link #SEALED} when the session took at least {@link #SLOW_CONNECT} to open, {@link #ITEMS} otherwise. */
    AUTO,
    /** Pushes packed and compressed, pages compressed. */
    SEALED,
    /** Pushes packed, pages packed: the 2G wire before hub V11. */
    PACKED,
    /** Pushes as items, pages packed. */
    ITEMS;

    /**
     * Opening a session is five round trips (TCP, SSLRequest or TLS, start-up, two SCRAM steps): a second means round
     * trips of 200 ms or more, a 2G/EDGE-class link where bytes cost more than hub CPU (2G: 3-3.5 s). Loopback and
     * LAN sessions open in 5-50 ms, but up to several hundred when a hub is flooded with new sessions, which must not
     * make them pay the packed form's CPU; on 3G (0.5-1.5 s) the bytes saved are worth about 0.1 s either way.
     */
    static final Duration SLOW_CONNECT = Duration.ofSeconds(1);

    /** The wire of a session that took {@code connect} to open. */
    HubWire forSession(Duration connect) {
        if (this != AUTO) {
            return this;
        }
        return connect.compareTo(SLOW_CONNECT) >= 0 ? SEALED : ITEMS;
    }

    /** Whether pushes travel packed (sealed ones are packed first). */
    boolean packsPushes() {
        return this == SEALED || this == PACKED;
    }

    /** Whether pushes and pages travel compressed. */
    boolean seals() {
        return this == SEALED;
    }
}
