package nova.ui.flow;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** How the flow tests read the screen and wait for it: on the FX thread, with bounded waits. */
final class FlowWaits {

    private FlowWaits() {
    }

    /** Reads something on the FX thread. */
    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits up to 30 s for a condition read on the FX thread; a failing read counts as "not yet". */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return Optional.ofNullable(fx(condition)).orElse(false);
            } catch (Exception notYet) {
                return false;
            }
        });
    }
}
