package nova.ui.referral;

import java.util.function.BiConsumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nova.patient.domain.PatientSummary;
import nova.referral.domain.ReceivedReferral;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/**
 * « Orientations reçues » as a window over the agenda, opened from the toolbar: the side panel's tabs are full
 * at 1400 pixels, and a referral is handled in a few steps, then closed. Dialogs it opens belong to it.
 */
public final class ReceivedReferralsWindow {

    private final Dialog<Void> dialog = new Dialog<>();

    public ReceivedReferralsWindow(ReceivedReferralsViewModel viewModel, Messages messages, Window owner,
                                   BiConsumer<PatientSummary, ReceivedReferral> book) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("referrals.title"));
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("referrals-window");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ReceivedReferralsView view = new ReceivedReferralsView(viewModel, messages,
                () -> pane.getScene() == null ? owner : pane.getScene().getWindow(), (patient, referral) -> {
                    // The booking dialog belongs to the agenda: this window steps aside for it.
                    dialog.close();
                    book.accept(patient, referral);
                });
        pane.setContent(view.pane());
        pane.getButtonTypes().setAll(new ButtonType(messages.get("referrals.details.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.setPrefSize(640, 560);
        viewModel.refresh();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
