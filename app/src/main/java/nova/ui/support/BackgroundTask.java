package nova.ui.support;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must not run on the JavaFX thread, with callbacks that do. Modelled on JabRef's BackgroundTask:
 * {@code BackgroundTask.wrap(() -> service.search(q)).onRunning(..).onSuccess(..).onFailure(..).executeWith(executor)}.
 * Callbacks run on the thread the executor chooses for the UI (the FX thread, or the calling thread in tests).
 */
public final class BackgroundTask<V> {

    private final Callable<V> work;
    private Runnable onRunning = () -> { };
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<V> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> wrap(Callable<V> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> wrap(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<V> onRunning(Runnable action) {
        this.onRunning = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after success or failure, e.g. to clear a busy flag. */
    public BackgroundTask<V> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    V call() throws Exception {
        return work.call();
    }

    void notifyRunning() {
        onRunning.run();
    }

    void notifySuccess(V value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void notifyFailure(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }
}
