package nova.sync.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nova.sync.domain.ConflictChoice;
import nova.sync.domain.SyncConflict;
import nova.sync.domain.SyncRecordError;
import nova.sync.domain.SyncState;
import nova.sync.domain.SyncStatus;
import nova.sync.service.SyncService;
import nova.ui.session.RecordNames;

/**
 * The sync as the main window shows it: read-only properties updated on the FX thread through
 * {@code fxExecutor} (a direct executor in tests), commands run on {@code background}. Knows no view.
 */
public final class SyncStatusViewModel {

    private final SyncService service;
    private final Executor fxExecutor;
    private final Executor background;
    private final Runnable syncNow;
    private final ZoneId zone;
    private final ConflictVersionText versions;
    private final ReadOnlyObjectWrapper<SyncState> state = new ReadOnlyObjectWrapper<>(SyncState.HORS_LIGNE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dotStyleClass = new ReadOnlyStringWrapper("sync-offline");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper();
    private final ReadOnlyLongWrapper pending = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper openConflicts = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper errorCount = new ReadOnlyLongWrapper();
    /** -1 when no long synchronisation runs, else 0..1. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ObservableList<ShownConflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<SyncRecordError> errors = FXCollections.observableArrayList();

    /**
     * {@code syncNow}: what the "Synchroniser maintenant" action does (the worker's {@code syncNow}); {@code names}
     * turns the identifiers in a conflict's versions into names.
     */
    public SyncStatusViewModel(SyncService service, RecordNames names, Executor fxExecutor, Executor background,
                               Runnable syncNow, ZoneId zone) {
        this.service = service;
        this.fxExecutor = fxExecutor;
        this.background = background;
        this.syncNow = syncNow;
        this.zone = zone;
        this.versions = new ConflictVersionText(names, zone);
        service.addStatusListener(status -> fxExecutor.execute(() -> show(status)));
    }

    private void show(SyncStatus status) {
        state.set(status.state());
        text.set(SyncStatusText.of(status, zone));
        dotStyleClass.set(SyncStatusText.dotClass(status.state()));
        lastError.set(status.lastError());
        pending.set(status.pending());
        openConflicts.set(status.openConflicts());
        errorCount.set(status.rejected());
        progress.set(status.state() == SyncState.SYNCHRONISATION && status.progressTotal() > 0
                ? (double) status.progressDone() / status.progressTotal() : -1);
    }

    public void syncNow() {
        syncNow.run();
    }

    /** Reloads the "À résoudre" list (its texts made here, off the FX thread) and the per-record errors. */
    public void reloadLists() {
        background.execute(() -> {
            List<ShownConflict> open = service.openConflicts().stream().map(this::shown).toList();
            List<SyncRecordError> failed = service.recordErrors();
            fxExecutor.execute(() -> {
                conflicts.setAll(open);
                errors.setAll(failed);
            });
        });
    }

    private ShownConflict shown(SyncConflict conflict) {
        return new ShownConflict(conflict, versions.title(conflict), versions.local(conflict),
                versions.remote(conflict));
    }

    /** The person's choice; the other version stays in the conflict's history. */
    public void resolve(UUID conflictId, ConflictChoice choice) {
        background.execute(() -> {
            try {
                service.resolve(conflictId, choice);
            } catch (RuntimeException e) {
                fxExecutor.execute(() -> lastError.set(e.getMessage()));
            }
            reloadLists();
            syncNow.run();
        });
    }

    /** "Réessayer" on one record error. */
    public void retry(String reference) {
        background.execute(() -> {
            service.retry(reference);
            reloadLists();
            syncNow.run();
        });
    }

    public ReadOnlyObjectProperty<SyncState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dotStyleClassProperty() {
        return dotStyleClass.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty openConflictsProperty() {
        return openConflicts.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<ShownConflict> conflicts() {
        return FXCollections.unmodifiableObservableList(conflicts);
    }

    public ObservableList<SyncRecordError> errors() {
        return FXCollections.unmodifiableObservableList(errors);
    }
}
