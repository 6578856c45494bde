package nova.sync.service;

/** Told how far a long synchronisation has gone (changes done out of changes known so far). */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = (done, total) -> { };

    void progressed(long done, long total);
}
