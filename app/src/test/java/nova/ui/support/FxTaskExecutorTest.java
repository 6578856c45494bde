package nova.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Background work and its callbacks, with the "FX thread" being the calling thread. */
class FxTaskExecutorTest {

    @Test
    void aTaskRunsInTheBackgroundAndReportsItsValue() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(Executors.newVirtualThreadPerTaskExecutor(), Runnable::run);
        CountDownLatch done = new CountDownLatch(1);
        String[] value = new String[1];
        BackgroundTask.wrap(() -> "lu").onSuccess(v -> {
            value[0] = v;
            done.countDown();
        }).executeWith(executor);
        done.await(5, TimeUnit.SECONDS);
        assertEquals("lu", value[0]);
        executor.close();
    }

    @Test
    void aTaskAskedForAfterCloseIsDroppedNotThrown() {
        FxTaskExecutor executor = new FxTaskExecutor(Executors.newVirtualThreadPerTaskExecutor(), Runnable::run);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean told = new AtomicBoolean();
        BackgroundTask.wrap(() -> ran.set(true)).onRunning(() -> told.set(true)).executeWith(executor);
        assertFalse(ran.get());
        assertFalse(told.get(), "no 'running' state left behind for a task that never runs");
    }
}
