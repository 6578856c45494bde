package nova.ui.session;

import nova.sync.service.SyncService;

/** The session's synchronisation with the hub, as the status bar's indicator needs it. */
public interface SyncDesk {

    SyncService service();

    /** Names for the identifiers a conflict's versions carry (patient, practitioner, chair, care type). */
    RecordNames names();

    /** « Synchroniser maintenant »: wakes the background worker. */
    void syncNow();

    /** Starts the background worker when the hub is configured; does nothing otherwise. */
    void startIfConfigured();
}
