package nova.ui.support;

/** Runs every task at once on the calling thread: view-model tests need no toolkit and no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        task.notifyRunning();
        V value;
        try {
            value = task.call();
        } catch (Exception | LinkageError e) {
            task.notifyFailure(e);
            return;
        }
        task.notifySuccess(value);
    }
}
