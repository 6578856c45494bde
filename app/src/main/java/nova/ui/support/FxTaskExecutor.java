package nova.ui.support;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on virtual threads and delivers every callback on the JavaFX thread, so view models only ever touch
 * their properties from there. The store opens, searches and books here; the FX thread only paints.
 */
public final class FxTaskExecutor implements TaskExecutor {

    /** Looked up when first needed: starting the logging framework must not delay the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxTaskExecutor.class);
    }

    private final ExecutorService executor;
    private final Consumer<Runnable> uiThread;

    public FxTaskExecutor() {
        this(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("nova-task-", 0).factory()),
                FxTaskExecutor::runOnFxThread);
    }

    FxTaskExecutor(ExecutorService executor, Consumer<Runnable> uiThread) {
        this.executor = executor;
        this.uiThread = uiThread;
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * After {@link #close()} the application is leaving: a task asked for by a late callback (a view still
     * reacting to its last load) is dropped rather than thrown at the FX thread.
     */
    @Override
    public <V> void execute(BackgroundTask<V> task) {
        if (executor.isShutdown()) {
            log().debug("Task dropped: the application is closing");
            return;
        }
        uiThread.accept(task::notifyRunning);
        try {
            submit(task);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            log().debug("Task dropped: the application is closing");
        }
    }

    private <V> void submit(BackgroundTask<V> task) {
        executor.execute(() -> {
            try {
                V value = task.call();
                uiThread.accept(() -> task.notifySuccess(value));
            } catch (Exception | LinkageError e) {
                log().debug("Background task failed", e);
                uiThread.accept(() -> task.notifyFailure(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
