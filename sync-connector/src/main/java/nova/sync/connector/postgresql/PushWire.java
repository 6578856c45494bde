package nova.sync.connector.postgresql;

import java.time.Duration;

/**
 * How a push travels (decision 0186). The packed form ({@code push_packed}, decision 0185) halves the bytes, which
 * is what a 2G link needs, but the hub spends about half as much CPU again unpacking it, which is what a hub fed
 * by LAN desks cannot spare; the items form ({@code push_changes}) is the reverse. Both give the same verdicts.
 */
public enum PushWire {
    /** Packed when the session took at least {@link #SLOW_CONNECT} to open, items otherwise. */
    AUTO,
    PACKED,
    ITEMS;

    /**
     * Opening a session is five round trips (TCP, SSLRequest, start-up, two SCRAM steps): a second means round trips
     * of 200 ms or more, a 2G/EDGE-class link where bytes cost more than hub CPU (2G: 3-3.5 s). Loopback and LAN
     * sessions open in 5-50 ms, but up to several hundred when a hub is flooded with new sessions, which must not
     * make them pay the packed form's CPU; on 3G (0.5-1.5 s) the bytes saved are worth about 0.1 s either way.
     */
    static final Duration SLOW_CONNECT = Duration.ofSeconds(1);

    /** Whether a session that took {@code connect} to open sends its pushes packed. */
    boolean packs(Duration connect) {
        return switch (this) {
            case PACKED -> true;
            case ITEMS -> false;
            case AUTO -> connect.compareTo(SLOW_CONNECT) >= 0;
        };
    }
}
