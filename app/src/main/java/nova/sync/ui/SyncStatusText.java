package nova.sync.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nova.sync.domain.SyncState;
import nova.sync.domain.SyncStatus;

/** The status bar's words for a sync status: "En ligne · 3 en attente · Dernière synchro 10:42". */
final class SyncStatusText {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private SyncStatusText() {
    }

    static String of(SyncStatus status, ZoneId zone) {
        return of(status, zone, LocalDate.now(zone));
    }

    /** The last success shows its date when it is not {@code today} (it is remembered across restarts). */
    static String of(SyncStatus status, ZoneId zone, LocalDate today) {
        StringBuilder text = new StringBuilder(status.state().label());
        if (status.state() == SyncState.SYNCHRONISATION && status.progressTotal() > 0) {
            text.append(' ').append(status.progressDone()).append('/').append(status.progressTotal());
        }
        // A desk without a hub keeps its changes for the day one is set; counting them would only worry the user.
        if (status.pending() > 0 && status.state() != SyncState.NON_CONFIGURE) {
            text.append(" · ").append(status.pending()).append(" en attente");
        }
        if (status.openConflicts() > 0) {
            text.append(" · ").append(status.openConflicts()).append(" à résoudre");
        }
        if (status.rejected() > 0) {
            text.append(" · ").append(status.rejected()).append(status.rejected() == 1 ? " erreur" : " erreurs");
        }
        if (status.lastSuccess() != null) {
            var when = status.lastSuccess().atZone(zone);
            text.append(" · Dernière synchro ")
                    .append((when.toLocalDate().equals(today) ? HOUR : DAY_HOUR).format(when));
        }
        return text.toString();
    }

    /** The style class of the dot: green, grey, blue, red. */
    static String dotClass(SyncState state) {
        return switch (state) {
            case EN_LIGNE -> "sync-online";
            case HORS_LIGNE, NON_CONFIGURE -> "sync-offline";
            case SYNCHRONISATION -> "sync-busy";
            case ERREUR -> "sync-error";
        };
    }
}
