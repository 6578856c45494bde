package nova.ui.booking;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nova.agenda.domain.AppointmentView;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.ui.support.FrenchFormats;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/** The booking dialog: patient on the left (search as you type, quick creation), appointment on the right. */
public final class BookingDialog {

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH);

    private final BookingViewModel viewModel;
    private final Messages messages;
    private final Dialog<AppointmentView> dialog = new Dialog<>();
    private final TextField search = new TextField();
    private final ObjectProperty<Integer> durationObject;

    public BookingDialog(BookingViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.durationObject = viewModel.durationProperty().asObject();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("booking.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        build();
    }

    public Optional<AppointmentView> showAndWait() {
        Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }

    private void build() {
        ButtonType save = new ButtonType(messages.get("booking.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("booking.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var pane = dialog.getDialogPane();
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("booking-pane");
        pane.getButtonTypes().setAll(cancel, save);
        pane.setId("booking-dialog");

        HBox columns = new HBox(patientColumn(), appointmentColumn());
        columns.getStyleClass().add("booking-content");
        columns.setMinWidth(840);
        HBox.setHgrow(columns.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(columns.getChildren().get(1), Priority.ALWAYS);

        Label error = new Label();
        error.setId("booking-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.setWrapText(true);
        HBox errorBox = new HBox(error);
        errorBox.getStyleClass().add("error-box");
        errorBox.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());
        VBox.setMargin(errorBox, new Insets(0, 18, 8, 18));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label saving = new Label(messages.get("booking.saving"), spinner);
        saving.getStyleClass().add("muted");
        saving.visibleProperty().bind(viewModel.busyProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        VBox.setMargin(saving, new Insets(0, 18, 4, 18));

        Label heading = new Label(messages.get("booking.title"));
        heading.getStyleClass().add("dialog-title");
        Label when = new Label();
        when.getStyleClass().add("muted");
        when.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.dateProperty().get() == null ? "" : capitalize(LONG_DATE.format(viewModel.dateProperty().get())),
                viewModel.dateProperty()));
        VBox header = new VBox(2, heading, when);
        header.getStyleClass().add("dialog-header");
        VBox content = new VBox(header, columns, errorBox, saving);
        pane.setContent(content);
        pane.setPrefWidth(860);
        // A dialog's window keeps the size it opened with: when the patient form opens or closes, fit it again so
        // the buttons stay on screen.
        viewModel.creatingPatientProperty().addListener((obs, was, creating) -> javafx.application.Platform.runLater(
                () -> {
                    if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                        pane.getScene().getWindow().sizeToScene();
                    }
                }));

        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("booking-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(viewModel.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only when the service accepted; a refusal stays on screen with the input.
            event.consume();
            viewModel.book(booked -> {
                dialog.setResult(booked);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
    }

    private Node patientColumn() {
        Label title = new Label(messages.get("booking.patient"));
        title.getStyleClass().add("section-title");

        search.setId("booking-search");
        search.setPromptText(messages.get("booking.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(viewModel.searchHintProperty());
        hint.visibleProperty().bind(viewModel.searchHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        ListView<PatientSummary> results = new ListView<>(viewModel.getResults());
        results.setId("booking-results");
        results.getStyleClass().add("booking-results");
        results.setCellFactory(list -> new PatientCell(messages));
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.patientProperty().set(now);
            }
        });
        search.setOnAction(e -> {
            if (!results.getItems().isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
        });

        Label chosen = new Label();
        chosen.setId("booking-chosen");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            PatientSummary patient = viewModel.patientProperty().get();
            return patient == null ? messages.get("booking.noneSelected")
                    : messages.format("booking.selected", describe(patient));
        }, viewModel.patientProperty()));
        HBox chosenBox = new HBox(chosen);
        chosenBox.setAlignment(Pos.CENTER_LEFT);
        viewModel.patientProperty().addListener((obs, old, now) -> chosenBox.getStyleClass()
                .setAll(now == null ? "no-patient" : "selected-patient"));
        chosenBox.getStyleClass().setAll("no-patient");

        TitledPane creation = new TitledPane(messages.get("booking.newPatient"), newPatientForm());
        creation.setId("booking-new-patient");
        creation.setExpanded(false);
        creation.expandedProperty().bindBidirectional(viewModel.creatingPatientProperty());
        creation.setAnimated(false);

        // While a new patient is typed in, the search results give way to the form, so the dialog keeps its
        // height and « Enregistrer le RDV » stays on screen.
        results.visibleProperty().bind(creation.expandedProperty().not());
        results.managedProperty().bind(creation.expandedProperty().not());
        VBox column = new VBox(title, search, hint, results, chosenBox, creation);
        column.getStyleClass().add("booking-column");
        column.setPrefWidth(400);
        VBox.setVgrow(results, Priority.ALWAYS);
        return column;
    }

    private Node newPatientForm() {
        GridPane grid = formGrid();
        TextField lastName = bound(new TextField(), viewModel.lastNameProperty(), "booking-last-name");
        TextField firstName = bound(new TextField(), viewModel.firstNameProperty(), "booking-first-name");
        ComboBox<Sex> sex = new ComboBox<>();
        sex.getItems().setAll(Sex.FEMALE, Sex.MALE, Sex.UNKNOWN);
        sex.setConverter(converter(value -> messages.get("sex." + value.name())));
        sex.valueProperty().bindBidirectional(viewModel.sexProperty());
        sex.setMaxWidth(Double.MAX_VALUE);
        sex.setId("booking-sex");
        TextField year = bound(new TextField(), viewModel.birthYearProperty(), "booking-birth-year");
        year.setPromptText("1985");
        TextField phone = bound(new TextField(), viewModel.phoneProperty(), "booking-phone");
        phone.setPromptText("+213 …");
        TextField village = bound(new TextField(), viewModel.villageProperty(), "booking-village");
        addRow(grid, 0, "booking.lastName", lastName, "booking.firstName", firstName);
        addRow(grid, 1, "booking.sex", sex, "booking.birthYear", year);
        addRow(grid, 2, "booking.phone", phone, "booking.village", village);

        Label error = new Label();
        error.setId("booking-patient-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.patientErrorProperty());
        error.visibleProperty().bind(viewModel.patientErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button create = new Button(messages.get("booking.createPatient"));
        create.setId("booking-create-patient");
        create.getStyleClass().add(Styles.BUTTON_OUTLINED);
        create.disableProperty().bind(viewModel.busyProperty());
        create.setOnAction(e -> viewModel.createPatient());
        HBox actions = new HBox(create);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, grid, error, actions);
        box.getStyleClass().add("new-patient-box");
        return box;
    }

    private Node appointmentColumn() {
        Label title = new Label(messages.get("booking.appointment"));
        title.getStyleClass().add("section-title");
        GridPane grid = formGrid();

        ComboBox<CareType> careType = new ComboBox<>();
        careType.setId("booking-care-type");
        careType.getItems().setAll(viewModel.clinic().careTypes());
        careType.setCellFactory(list -> new CareTypeCell(true));
        careType.setButtonCell(new CareTypeCell(false));
        careType.valueProperty().bindBidirectional(viewModel.careTypeProperty());
        careType.setMaxWidth(Double.MAX_VALUE);

        Spinner<Integer> duration = new Spinner<>();
        duration.setId("booking-duration");
        duration.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(5, 480, 30, 5));
        duration.getValueFactory().valueProperty().bindBidirectional(durationObject);
        duration.setEditable(true);
        duration.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Practitioner> practitioner = new ComboBox<>();
        practitioner.setId("booking-practitioner");
        practitioner.getItems().setAll(viewModel.clinic().practitioners());
        practitioner.setConverter(converter(Practitioner::displayName));
        practitioner.valueProperty().bindBidirectional(viewModel.practitionerProperty());
        practitioner.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Chair> chair = new ComboBox<>();
        chair.setId("booking-chair");
        chair.getItems().setAll(viewModel.clinic().chairs());
        chair.setConverter(converter(Chair::name));
        chair.valueProperty().bindBidirectional(viewModel.chairProperty());
        chair.setMaxWidth(Double.MAX_VALUE);

        DatePicker date = new DatePicker();
        date.setId("booking-date");
        date.setConverter(FrenchFormats.dateConverter());
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);

        ComboBox<java.time.LocalTime> start = new ComboBox<>(viewModel.getStartTimes());
        start.setId("booking-start");
        start.setConverter(FrenchFormats.timeConverter());
        start.valueProperty().bindBidirectional(viewModel.startProperty());
        start.setVisibleRowCount(12);
        start.setMaxWidth(Double.MAX_VALUE);

        TextArea notes = new TextArea();
        notes.setId("booking-notes");
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        notes.setPrefRowCount(3);
        notes.setWrapText(true);

        addRow(grid, 0, "booking.careType", careType, "booking.duration", duration);
        addRow(grid, 1, "booking.practitioner", practitioner, "booking.chair", chair);
        addRow(grid, 2, "booking.date", date, "booking.start", start);
        grid.add(new VBox(3, caption("booking.notes", notes), notes), 0, 3, 2, 1);
        VBox column = new VBox(title, grid);
        column.getStyleClass().add("booking-column");
        column.setPrefWidth(400);
        return column;
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }

    /** Two labelled inputs side by side on one row of the grid. */
    private void addRow(GridPane grid, int row, String leftKey, Region left, String rightKey, Region right) {
        VBox leftBox = new VBox(3, caption(leftKey, left), left);
        VBox rightBox = new VBox(3, caption(rightKey, right), right);
        grid.add(leftBox, 0, row);
        grid.add(rightBox, 1, row);
    }

    private Label caption(String key, Node input) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        return label;
    }

    private static TextField bound(TextField field, javafx.beans.property.StringProperty property, String id) {
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.FRENCH) + text.substring(1);
    }

    private static String describe(PatientSummary patient) {
        StringBuilder text = new StringBuilder(patient.fullName());
        if (patient.birthYear() != null) {
            text.append(" (").append(patient.birthYear()).append(')');
        }
        return text.toString();
    }

    private static final class PatientCell extends ListCell<PatientSummary> {

        private final Messages messages;

        PatientCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(PatientSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            // A zero preferred width keeps long lines from widening the list (no horizontal scroll bar).
            setPrefWidth(0);
            Label name = new Label(item.fullName());
            name.getStyleClass().add("patient-cell-name");
            StringBuilder detail = new StringBuilder();
            append(detail, item.phoneE164() == null ? null : nova.patient.service.PhoneNumbers.display(item.phoneE164()));
            append(detail, item.birthYear() == null ? null
                    : messages.format("booking.bornIn", String.valueOf(item.birthYear())));
            append(detail, item.village());
            Label info = new Label(detail.toString());
            info.getStyleClass().add("patient-cell-detail");
            setText(null);
            setGraphic(new VBox(1, name, info));
        }

        private static void append(StringBuilder text, String part) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("  ·  ");
                }
                text.append(part);
            }
        }
    }

    private static final class CareTypeCell extends ListCell<CareType> {

        private final boolean withDuration;

        CareTypeCell(boolean withDuration) {
            this.withDuration = withDuration;
        }

        @Override
        protected void updateItem(CareType item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.getStyleClass().add("care-swatch");
            // Data colour, the one inline style.
            swatch.setStyle("-fx-background-color: " + item.colorHex() + ";");
            setGraphic(swatch);
            setText(withDuration ? item.label() + "  ·  " + item.durationMinutes() + " min" : item.label());
        }
    }
}
