package nova.sync.connector;

import java.util.Objects;

/**
 * Another site of the hub, as a referral can be addressed to it: its hub id, the name a clinician recognises
 * (the clinic's own, or the one the hub admin gave), and its address when the site published one.
 */
public record HubSite(String siteId, String name, String address) {

    public HubSite {
        Objects.requireNonNull(siteId, "siteId");
        name = name == null || name.isBlank() ? siteId : name;
    }
}
