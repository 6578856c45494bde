package nova.sync.service;

import java.util.Objects;
import java.util.UUID;

/**
 * Who this workstation is for the hub: the hub's site id (what row-level security and every change record
 * carry), this workstation's id (stamped on outgoing changes) and the local site id of the store.
 */
public record SyncIdentity(String hubSiteId, String workstationId, UUID localSiteId) {

    public SyncIdentity {
        Objects.requireNonNull(hubSiteId, "hubSiteId");
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(localSiteId, "localSiteId");
    }
}
