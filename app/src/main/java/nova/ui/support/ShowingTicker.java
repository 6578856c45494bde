package nova.ui.support;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * Runs an action at a fixed period while a node is in a showing window, and not otherwise: a view built off
 * screen (the login screen's rehearsal) or closed keeps no running timer, and nothing keeps it from being
 * collected.
 */
public final class ShowingTicker {

    private ShowingTicker() {
    }

    /** Cancelling the returned subscription stops the ticks for good (e.g. when a skin is disposed). */
    public static Subscription tick(Node node, Duration period, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(period, e -> action.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        Subscription whileShowing = node.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .subscribe(showing -> {
                    if (showing) {
                        timeline.play();
                    } else {
                        timeline.stop();
                    }
                });
        return whileShowing.and(timeline::stop);
    }
}
