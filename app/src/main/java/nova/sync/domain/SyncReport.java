package nova.sync.domain;

/** What one synchronisation did, for the command line and the logs. */
public record SyncReport(int pushed, int rejected, int conflictsMerged, int notAnswered, int staged, int pulled,
                         int applied, int ignored, int parked, int newConflicts) {

    public static final SyncReport NOTHING = new SyncReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public SyncReport plus(SyncReport other) {
        return new SyncReport(pushed + other.pushed, rejected + other.rejected,
                conflictsMerged + other.conflictsMerged, notAnswered + other.notAnswered, staged + other.staged,
                pulled + other.pulled, applied + other.applied, ignored + other.ignored, parked + other.parked,
                newConflicts + other.newConflicts);
    }

    public String french() {
        return pushed + " envoyée(s), " + rejected + " refusée(s), " + conflictsMerged + " fusionnée(s), "
                + pulled + " reçue(s), " + applied + " appliquée(s), " + parked + " en attente d'application, "
                + newConflicts + " à résoudre";
    }
}
