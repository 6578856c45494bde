package nova.ui.support;

/**
 * Runs {@link BackgroundTask}s. The JavaFX implementation works off the FX thread and hands results back to it;
 * tests use {@link CurrentThreadTaskExecutor} so that view models run deterministically without the toolkit.
 */
public interface TaskExecutor extends AutoCloseable {

    <V> void execute(BackgroundTask<V> task);

    @Override
    default void close() {
    }
}
