package nova.ui;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;

/**
 * Marker lines the start-up benchmark reads from standard output: milliseconds since the JVM started (first
 * frame of the login screen) or since the login was submitted (agenda painted). Printed only when
 * {@code nova.bench.markers=true} or {@code nova.exitAfterFirstFrame=true}.
 */
final class StartupMarkers {

    static final String TOOLKIT_READY = "NOVA_TOOLKIT_READY_MS=";
    static final String FIRST_FRAME = "NOVA_FIRST_FRAME_MS=";
    static final String AGENDA_PAINTED = "NOVA_AGENDA_PAINTED_MS=";
    static final String WARMED_UP = "NOVA_WARM_UP_MS=";
    static final String SESSION_OPEN = "NOVA_SESSION_OPEN_MS=";
    static final String MAIN_BUILT = "NOVA_MAIN_BUILT_MS=";
    static final String MAIN_SHOWN = "NOVA_MAIN_SHOWN_MS=";

    private StartupMarkers() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("nova.bench.markers") || Boolean.getBoolean("nova.exitAfterFirstFrame");
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Runs {@code action} once the frame of the next pulse has been handed to the renderer and the following pulse
     * has started: a pulse waits for the previous frame's rendering, so by then it was painted (an upper bound).
     */
    static void afterNextPulse(Scene scene, Runnable action) {
        onPostLayout(scene, () -> {
            onPostLayout(scene, action);
            javafx.application.Platform.requestNextPulse();
        });
    }

    private static void onPostLayout(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
    }
}
