package nova.ui.consultation;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nova.clinic.domain.Practitioner;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.domain.ReferralUrgency;
import nova.referral.domain.ReferralSite;
import nova.ui.consultation.ConsultationLines.DiagnosisLine;
import nova.ui.consultation.ConsultationLines.PrescriptionLine;
import nova.ui.consultation.ConsultationLines.ProcedureLine;
import nova.ui.support.DialogService;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/**
 * The consultation form, in the order a visit goes: motif, constants, examination, diagnoses, acts, ordonnance,
 * referral. « Enregistrer » saves in the background and closes once saved (a refusal stays shown in the form);
 * « Imprimer l'ordonnance… » saves, then writes the PDF.
 */
public final class ConsultationDialog {

    private final ConsultationViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final Dialog<Void> dialog = new Dialog<>();
    private boolean closingAfterSave;
    private boolean discardConfirmed;

    public ConsultationDialog(ConsultationViewModel viewModel, Messages messages, DialogService dialogs,
                              Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("consultation.title"));
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("consultation-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().addAll("nova-dialog", "consultation-pane");
        ScrollPane scroller = new ScrollPane(form());
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("consultation-scroll");
        scroller.setPrefViewportHeight(520);
        scroller.setPrefViewportWidth(880);
        pane.setContent(new VBox(header(), scroller));
        // Wide enough for a prescription line (medicine, dosage, duration) without cutting the dosage.
        pane.setPrefWidth(920);
        pane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        buttons();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    private Node header() {
        Label name = new Label();
        name.setId("consultation-patient");
        name.getStyleClass().add("dialog-title");
        name.textProperty().bind(viewModel.patientNameProperty());
        Label when = new Label();
        when.setId("consultation-when");
        when.getStyleClass().add("muted");
        when.textProperty().bind(viewModel.subtitleProperty());
        ComboBox<Practitioner> who = new ComboBox<>();
        who.setId("consultation-practitioner");
        who.getItems().add(null);
        who.getItems().addAll(viewModel.practitioners());
        StringConverter<Practitioner> names = new StringConverter<>() {
            @Override
            public String toString(Practitioner p) {
                return p == null ? messages.get("consultation.noPractitioner") : p.displayName();
            }

            @Override
            public Practitioner fromString(String s) {
                return null;
            }
        };
        who.setConverter(names);
        who.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Practitioner p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : names.toString(p));
            }
        });
        who.valueProperty().bindBidirectional(viewModel.practitionerProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, new VBox(2, name, when), spacer, field("consultation.practitioner", who));
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("dialog-header");
        return top;
    }

    private VBox form() {
        TextField reason = text("consultation-reason", viewModel.reasonProperty(), "consultation.reason.prompt");
        VBox motif = new VBox(6, section("consultation.reason"), reason);

        TextArea exam = new TextArea();
        exam.setId("consultation-exam");
        exam.setWrapText(true);
        exam.setPrefRowCount(4);
        exam.setPromptText(messages.get("consultation.exam.prompt"));
        exam.textProperty().bindBidirectional(viewModel.examinationProperty());
        VBox examination = new VBox(6, section("consultation.exam"), exam);

        VBox diagnoses = lines("consultation.diagnoses", "consultation-add-diagnosis", "consultation.addDiagnosis",
                viewModel.diagnoses(), viewModel::addDiagnosis, this::diagnosisRow);
        VBox acts = lines(viewModel.dental() ? "consultation.acts.dental" : "consultation.acts",
                "consultation-add-procedure", "consultation.addAct", viewModel.procedures(), viewModel::addProcedure,
                this::procedureRow);
        VBox ordonnance = lines("consultation.prescriptions", "consultation-add-prescription",
                "consultation.addPrescription", viewModel.prescriptions(), viewModel::addPrescription,
                this::prescriptionRow);

        Label error = new Label();
        error.setId("consultation-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox form = new VBox(16, error, motif);
        // A dentist notes the acts on teeth first; a CSCOM takes the constants first.
        if (viewModel.dental()) {
            form.getChildren().addAll(examination, diagnoses, acts, ordonnance, vitals(), referral());
        } else {
            form.getChildren().addAll(vitals(), examination, diagnoses, acts, ordonnance, referral());
        }
        form.setPadding(new Insets(12, 16, 12, 16));
        form.getStyleClass().add("consultation-form");
        if (!viewModel.mayWrite()) {
            form.setDisable(true);
        }
        return form;
    }

    private VBox vitals() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.add(unit("consultation-temperature", viewModel.temperatureProperty(), "37,5", "°C"), 0, 1);
        grid.add(unit("consultation-pulse", viewModel.pulseProperty(), "80", "/min"), 1, 1);
        grid.add(unit("consultation-pressure", viewModel.bloodPressureProperty(), "120/80", "mmHg"), 2, 1);
        grid.add(unit("consultation-weight", viewModel.weightProperty(), "62,5", "kg"), 3, 1);
        String[] captions = {"consultation.temperature", "consultation.pulse", "consultation.pressure",
                "consultation.weight"};
        for (int i = 0; i < captions.length; i++) {
            Label caption = new Label(messages.get(captions[i]));
            caption.getStyleClass().add("field-label");
            grid.add(caption, i, 0);
        }
        return new VBox(6, section("consultation.vitals"), grid);
    }

    private VBox referral() {
        CheckBox referred = new CheckBox(messages.get("consultation.referred"));
        referred.setId("consultation-referred");
        referred.selectedProperty().bindBidirectional(viewModel.referredProperty());
        ComboBox<ReferralSite> site = new ComboBox<>();
        site.setId("consultation-referral-site");
        site.setMaxWidth(Double.MAX_VALUE);
        Runnable offer = () -> {
            ReferralSite chosen = viewModel.referralSiteProperty().get();
            List<ReferralSite> items = new ArrayList<>();
            items.add(null);
            items.addAll(viewModel.referralDestinations());
            site.getItems().setAll(items);
            site.setValue(chosen);
        };
        offer.run();
        viewModel.referralDestinations().addListener((ListChangeListener<ReferralSite>) c -> offer.run());
        StringConverter<ReferralSite> siteNames = new StringConverter<>() {
            @Override
            public String toString(ReferralSite s) {
                if (s == null) {
                    return messages.get("consultation.referral.site.other");
                }
                return viewModel.removedFromHub(s) ? messages.format("consultation.referral.site.removed", s.label())
                        : s.label();
            }

            @Override
            public ReferralSite fromString(String s) {
                return null;
            }
        };
        site.setConverter(siteNames);
        site.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ReferralSite s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : siteNames.toString(s));
            }
        });
        site.valueProperty().bindBidirectional(viewModel.referralSiteProperty());
        Label sitesHint = new Label(messages.get("consultation.referral.site.none"));
        sitesHint.getStyleClass().add("muted");
        sitesHint.setWrapText(true);
        sitesHint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.referralDestinations()));
        sitesHint.managedProperty().bind(sitesHint.visibleProperty());
        TextField destination = text("consultation-referral-destination", viewModel.referralDestinationProperty(),
                "consultation.referral.destination.prompt");
        Label destinationCaption = caption("consultation.referral.destination");
        destination.visibleProperty().bind(viewModel.referralSiteProperty().isNull());
        destination.managedProperty().bind(destination.visibleProperty());
        destinationCaption.visibleProperty().bind(destination.visibleProperty());
        destinationCaption.managedProperty().bind(destination.visibleProperty());
        TextField why = text("consultation-referral-reason", viewModel.referralReasonProperty(),
                "consultation.referral.reason.prompt");
        ComboBox<ReferralUrgency> urgency = new ComboBox<>();
        urgency.setId("consultation-referral-urgency");
        urgency.getItems().setAll(ReferralUrgency.values());
        urgency.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReferralUrgency u) {
                return u == null ? "" : u.label();
            }

            @Override
            public ReferralUrgency fromString(String s) {
                return null;
            }
        });
        urgency.valueProperty().bindBidirectional(viewModel.referralUrgencyProperty());
        ComboBox<ReferralStatus> status = new ComboBox<>();
        status.setId("consultation-referral-status");
        status.getItems().setAll(ReferralStatus.values());
        StringConverter<ReferralStatus> labels = new StringConverter<>() {
            @Override
            public String toString(ReferralStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ReferralStatus fromString(String s) {
                return null;
            }
        };
        status.setConverter(labels);
        status.valueProperty().bindBidirectional(viewModel.referralStatusProperty());
        Label answer = new Label();
        answer.setId("consultation-referral-answer");
        answer.getStyleClass().add("referral-answer");
        answer.setWrapText(true);
        answer.textProperty().bind(viewModel.referralAnswerProperty());
        answer.visibleProperty().bind(viewModel.referralAnswerProperty().isNotEmpty());
        answer.managedProperty().bind(answer.visibleProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        grid.addRow(0, caption("consultation.referral.site"), new VBox(4, site, sitesHint, answer));
        grid.addRow(1, destinationCaption, destination);
        grid.addRow(2, caption("consultation.referral.reason"), why);
        grid.addRow(3, caption("consultation.referral.urgency"), urgency);
        grid.addRow(4, caption("consultation.referral.status"), status);
        grid.visibleProperty().bind(viewModel.referredProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        return new VBox(6, section("consultation.referral"), referred, grid);
    }

    private Node diagnosisRow(DiagnosisLine line) {
        TextField code = small(line.codeProperty(), "consultation.icd10.prompt", 90, "diagnosis-code");
        TextField label = wide(line.labelProperty(), "consultation.diagnosis.prompt", "diagnosis-label");
        return row(viewModel.diagnoses(), line, code, label);
    }

    private Node procedureRow(ProcedureLine line) {
        TextField act = wide(line.actProperty(), viewModel.dental() ? "consultation.act.dental.prompt"
                : "consultation.act.prompt", "procedure-act");
        TextField site = small(line.siteProperty(), viewModel.dental() ? "consultation.tooth.prompt"
                : "consultation.site.prompt", 150, "procedure-site");
        return row(viewModel.procedures(), line, act, site);
    }

    private Node prescriptionRow(PrescriptionLine line) {
        TextField medication = wide(line.medicationProperty(), "consultation.medication.prompt",
                "prescription-medication");
        TextField dosage = wide(line.dosageProperty(), "consultation.dosage.prompt", "prescription-dosage");
        TextField days = small(line.daysProperty(), "consultation.days.prompt", 64, "prescription-days");
        Label unit = new Label(messages.get("consultation.days"));
        unit.getStyleClass().add("muted");
        HBox duration = new HBox(4, days, unit);
        duration.setAlignment(Pos.CENTER_LEFT);
        duration.setMinWidth(Region.USE_PREF_SIZE);
        return row(viewModel.prescriptions(), line, medication, dosage, duration);
    }

    private <T> HBox row(ObservableList<T> list, T line, Node... cells) {
        Button remove = new Button("×");
        remove.getStyleClass().addAll(Styles.FLAT, "line-remove");
        remove.setAccessibleText(messages.get("consultation.removeLine"));
        remove.setOnAction(e -> list.remove(line));
        HBox row = new HBox(8, cells);
        row.getChildren().add(remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("consultation-line");
        return row;
    }

    private <T> VBox lines(String titleKey, String addId, String addKey, ObservableList<T> list,
                           java.util.function.Supplier<T> add, Function<T, Node> rowOf) {
        VBox rows = new VBox(6);
        Runnable render = () -> rows.getChildren().setAll(list.stream().map(rowOf).toList());
        list.addListener((ListChangeListener<T>) change -> render.run());
        render.run();
        Button more = new Button(messages.get(addKey));
        more.setId(addId);
        more.getStyleClass().addAll(Styles.FLAT, "add-line");
        more.setOnAction(e -> {
            add.get();
            // The new line's first field takes the focus: the doctor types on.
            Node last = rows.getChildren().getLast();
            if (last instanceof HBox row && row.getChildren().getFirst() instanceof TextField field) {
                field.requestFocus();
            }
        });
        return new VBox(6, section(titleKey), rows, more);
    }

    private void buttons() {
        var pane = dialog.getDialogPane();
        ButtonType print = new ButtonType(messages.get("consultation.print"), ButtonBar.ButtonData.LEFT);
        ButtonType save = new ButtonType(messages.get("consultation.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(print, save, close);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("consultation-save");
        saveButton.disableProperty().bind(viewModel.workingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(() -> {
                closingAfterSave = true;
                dialog.close();
            });
        });
        Button printButton = (Button) pane.lookupButton(print);
        printButton.setId("consultation-print");
        printButton.disableProperty().bind(viewModel.workingProperty().or(
                javafx.beans.binding.Bindings.isEmpty(viewModel.prescriptions())));
        printButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            dialogs.chooseSaveFile(messages.get("consultation.print.title"),
                            nova.ui.main.AgendaViewModel.defaultExportDirectory(), viewModel.ordonnanceFileName(),
                            messages.get("print.pdf"), "pdf")
                    .ifPresent(path -> viewModel.printOrdonnance(path, written -> dialogs.showInformation(
                            messages.get("consultation.print.title"), messages.format("print.saved", written))));
        });
        if (!viewModel.mayWrite()) {
            saveButton.setVisible(false);
        }
        // Twenty minutes of notes must not vanish on a stray click: « Fermer » (and the window's close box) ask
        // first when something was typed and not saved.
        pane.lookupButton(close).addEventFilter(ActionEvent.ACTION, event -> {
            if (!mayDiscard()) {
                event.consume();
            }
        });
        dialog.setOnCloseRequest(event -> {
            if (!closingAfterSave && !mayDiscard()) {
                event.consume();
            }
        });
    }

    private boolean mayDiscard() {
        if (discardConfirmed || !viewModel.mayWrite() || !viewModel.hasUnsavedChanges()) {
            return true;
        }
        discardConfirmed = dialogs.confirm(messages.get("consultation.discard.title"),
                messages.get("consultation.discard.message"));
        return discardConfirmed;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private TextField wide(javafx.beans.property.StringProperty property, String promptKey, String styleClass) {
        TextField field = new TextField();
        field.getStyleClass().add(styleClass);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        field.setPrefColumnCount(14);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private TextField small(javafx.beans.property.StringProperty property, String promptKey, double width,
                            String styleClass) {
        TextField field = new TextField();
        field.getStyleClass().add(styleClass);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        field.setPrefWidth(width);
        field.setMinWidth(width);
        return field;
    }

    private HBox unit(String id, javafx.beans.property.StringProperty property, String prompt, String unit) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(property);
        Label suffix = new Label(unit);
        suffix.getStyleClass().add("muted");
        HBox box = new HBox(4, field, suffix);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("details-section");
        return label;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private VBox field(String key, Node control) {
        return new VBox(2, caption(key), control);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
