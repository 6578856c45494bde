package nova.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public final class NovaApplication extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("NOVA");
        stage.setScene(new Scene(new Label("NOVA"), 800, 600));
        stage.show();
    }
}
