package nova.ui.support;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX Primer Light as the user-agent stylesheet, then the one NOVA stylesheet on every scene. */
public final class NovaTheme {

    private NovaTheme() {
    }

    public static void installUserAgentStylesheet() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static String stylesheet() {
        return NovaTheme.class.getResource("/nova/ui/nova.css").toExternalForm();
    }

    public static Scene apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
        return scene;
    }
}
