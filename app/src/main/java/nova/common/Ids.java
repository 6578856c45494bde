package nova.common;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/**
 * Ids are made on the workstation as UUIDv7: unique without asking the hub (sync never remaps ids) and
 * time-ordered, which keeps B-tree inserts local.
 */
public final class Ids {

    private Ids() {
    }

    public static UUID newId() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
