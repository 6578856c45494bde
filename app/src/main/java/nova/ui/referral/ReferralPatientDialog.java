package nova.ui.referral;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PhoneNumbers;
import nova.referral.domain.ReceivedReferral;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/**
 * « Créer le dossier patient » from a referral: the patients of this site who may be the same person first (use
 * one of them), then the record prefilled from the referral, correctable before it is created.
 */
final class ReferralPatientDialog {

    /** Exactly one of the two is set. */
    record Choice(PatientSummary existing, NewPatient created) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    ReferralPatientDialog(ReceivedReferral referral, List<PatientSummary> candidates,
                          ReceivedReferralsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("referrals.patient.title"));
        dialog.setHeaderText(messages.format("referrals.patient.header", referral.patientName(), referral.fromSite()));
        var pane = dialog.getDialogPane();
        pane.setId("referral-patient");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ButtonType use = new ButtonType(messages.get("referrals.patient.use"), ButtonBar.ButtonData.OTHER);
        ButtonType create = new ButtonType(messages.get("referrals.patient.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("referrals.patient.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

        NewPatient prefilled = viewModel.prefilled(referral);
        TextField lastName = field("referral-patient-last", prefilled.lastName());
        TextField firstName = field("referral-patient-first", prefilled.firstName());
        TextField phone = field("referral-patient-phone", prefilled.phone() == null ? ""
                : PhoneNumbers.display(prefilled.phone()));
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        form.addRow(0, caption("Nom"), lastName);
        form.addRow(1, caption("Prénom"), firstName);
        form.addRow(2, caption("Téléphone"), phone);
        form.addRow(3, caption("Naissance"), new Label(viewModel.birthText(referral)));

        VBox content = new VBox(10);
        ListView<PatientSummary> known = new ListView<>();
        known.setId("referral-patient-candidates");
        if (candidates.isEmpty()) {
            pane.getButtonTypes().setAll(create, cancel);
            Label none = new Label(messages.get("referrals.patient.noDuplicate"));
            none.getStyleClass().add("history-line");
            none.setWrapText(true);
            content.getChildren().add(none);
        } else {
            pane.getButtonTypes().setAll(use, create, cancel);
            Label warn = new Label(messages.format("referrals.patient.duplicates", candidates.size()));
            warn.getStyleClass().add("referral-urgent");
            warn.setWrapText(true);
            known.getItems().setAll(candidates);
            known.setPrefHeight(Math.min(5, candidates.size()) * 30 + 8);
            known.setCellFactory(view -> new ListCell<>() {
                @Override
                protected void updateItem(PatientSummary p, boolean empty) {
                    super.updateItem(p, empty);
                    setText(empty || p == null ? null : p.fullName()
                            + (p.birthYear() == null ? "" : " · " + p.birthYear())
                            + (p.phoneE164() == null ? "" : " · " + PhoneNumbers.display(p.phoneE164()))
                            + (p.village() == null ? "" : " · " + p.village()));
                }
            });
            known.getSelectionModel().selectFirst();
            content.getChildren().addAll(warn, known);
            pane.lookupButton(use).disableProperty().bind(known.getSelectionModel().selectedItemProperty().isNull());
        }
        Label formTitle = new Label(messages.get("referrals.patient.form"));
        formTitle.getStyleClass().add("today-name");
        content.getChildren().addAll(formTitle, form);
        pane.setContent(content);
        pane.setPrefWidth(520);
        pane.lookupButton(create).disableProperty().bind(lastName.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            if (button == use) {
                return new Choice(known.getSelectionModel().getSelectedItem(), null);
            }
            if (button == create) {
                return new Choice(null, new NewPatient(lastName.getText().strip(), blankToNull(firstName.getText()),
                        prefilled.sex(), prefilled.birthYear(), prefilled.birthDate(), blankToNull(phone.getText()),
                        null, null));
            }
            return null;
        });
    }

    Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text == null ? "" : text);
        field.setId(id);
        return field;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
