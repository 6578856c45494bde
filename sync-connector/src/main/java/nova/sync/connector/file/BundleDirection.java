package nova.sync.connector.file;

/** Which way a bundle travels: from a clinic to the hub, or the hub's reply to a clinic. */
public enum BundleDirection {
    TO_HUB,
    FROM_HUB
}
