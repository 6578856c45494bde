package nova.sync.ui;

import nova.sync.domain.SyncConflict;

/** One open conflict as « À résoudre » shows it: its list line and its two versions, already in words. */
public record ShownConflict(SyncConflict conflict, String title, String local,
                            String remote) {
}
