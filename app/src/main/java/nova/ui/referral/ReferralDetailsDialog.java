package nova.ui.referral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nova.consultation.domain.Vitals;
import nova.patient.service.PhoneNumbers;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralDetails;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/** One received referral, read: who, from where, why, how urgently; diagnoses and constants for clinicians. */
final class ReferralDetailsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    ReferralDetailsDialog(ReferralDetails details, ReceivedReferralsViewModel viewModel, Messages messages,
                          Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ReceivedReferral r = details.referral();
        dialog.setTitle(messages.get("referrals.details.title"));
        dialog.setHeaderText(r.patientName());
        var pane = dialog.getDialogPane();
        pane.setId("referral-details");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        pane.getButtonTypes().setAll(new ButtonType(messages.get("referrals.details.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), values);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Naissance", viewModel.birthText(r)});
        rows.add(new String[]{"Sexe", sex(r.sex())});
        rows.add(new String[]{"Téléphone", r.phone() == null ? "" : PhoneNumbers.display(r.phone())});
        rows.add(new String[]{"Adressé par", r.fromSite()});
        rows.add(new String[]{"", viewModel.sentText(r)});
        rows.add(new String[]{"Urgence", r.urgency().label()});
        rows.add(new String[]{"Motif", r.reason() == null ? "" : r.reason()});
        if (details.clinicalShown()) {
            rows.add(new String[]{"Diagnostics", details.diagnoses().isEmpty() ? "—" : details.diagnoses().stream()
                    .map(d -> d.icd10Code() == null || d.icd10Code().isBlank() ? d.label()
                            : d.icd10Code() + " " + d.label())
                    .collect(Collectors.joining("\n"))});
            rows.add(new String[]{"Constantes", vitals(details.vitals())});
        } else {
            rows.add(new String[]{"Diagnostics", messages.get("referrals.details.clinicalHidden")});
        }
        rows.add(new String[]{"État", viewModel.progressText(r)});
        for (int i = 0; i < rows.size(); i++) {
            Label caption = new Label(rows.get(i)[0]);
            caption.getStyleClass().add("field-label");
            caption.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(rows.get(i)[1]);
            value.setWrapText(true);
            value.setId("referral-detail-" + i);
            grid.addRow(i, caption, value);
        }
        pane.setContent(grid);
        pane.setPrefWidth(520);
    }

    void showAndWait() {
        dialog.showAndWait();
    }

    private static String sex(String sex) {
        if (sex == null) {
            return "";
        }
        return switch (sex) {
            case "FEMALE" -> "Féminin";
            case "MALE" -> "Masculin";
            default -> "Non précisé";
        };
    }

    private static String vitals(Vitals v) {
        if (v.isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        if (v.temperatureC() != null) {
            parts.add(decimal(v.temperatureC()) + " °C");
        }
        if (v.pulseBpm() != null) {
            parts.add("pouls " + v.pulseBpm() + "/min");
        }
        if (v.systolicMmHg() != null) {
            parts.add("TA " + v.systolicMmHg() + "/" + v.diastolicMmHg() + " mmHg");
        }
        if (v.weightKg() != null) {
            parts.add(decimal(v.weightKg()) + " kg");
        }
        return String.join(" · ", parts);
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
