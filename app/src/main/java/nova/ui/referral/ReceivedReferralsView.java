package nova.ui.referral;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.consultation.domain.ReferralUrgency;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PhoneNumbers;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralProgress;
import nova.ui.support.Messages;

/**
 * The « Orientations reçues » list: one line per referral (patient, origin and urgency, reason, where it stands)
 * and the desk's actions on the selected one.
 */
public final class ReceivedReferralsView {

    private final ReceivedReferralsViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final BiConsumer<PatientSummary, ReceivedReferral> book;

    /** {@code book} opens the usual booking dialog for the patient, noting the referral. */
    public ReceivedReferralsView(ReceivedReferralsViewModel viewModel, Messages messages, Supplier<Window> owner,
                                 BiConsumer<PatientSummary, ReceivedReferral> book) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
        this.book = book;
    }

    public Region pane() {
        Label hint = new Label(messages.get("referrals.hint"));
        hint.getStyleClass().add("history-line");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        ListView<ReceivedReferral> list = new ListView<>();
        list.setId("referrals-list");
        list.getStyleClass().add("today-list");
        Label empty = new Label(messages.get("referrals.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ReceivedReferral line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                setGraphic(empty || line == null ? null : lineGraphic(line));
            }
        });
        viewModel.linesProperty().addListener((obs, old, now) -> {
            ReceivedReferral selected = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(now);
            if (selected != null) {
                now.stream().filter(r -> r.id().equals(selected.id())).findFirst()
                        .ifPresent(list.getSelectionModel()::select);
            } else {
                list.getSelectionModel().selectFirst();
            }
        });
        list.getItems().setAll(viewModel.linesProperty().get());
        // The most recent is where the desk starts: its actions are ready without a click.
        list.getSelectionModel().selectFirst();
        VBox.setVgrow(list, Priority.ALWAYS);

        var chosen = list.getSelectionModel().selectedItemProperty();
        BooleanBinding none = chosen.isNull();
        BooleanBinding closed = Bindings.createBooleanBinding(() -> chosen.get() == null || chosen.get().cancelled(),
                chosen);
        Button open = button("referrals-open", "referrals.open", none);
        open.setOnAction(e -> viewModel.open(chosen.get().id(),
                details -> new ReferralDetailsDialog(details, viewModel, messages, owner.get()).showAndWait()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && chosen.get() != null) {
                open.fire();
            }
        });
        Button patient = button("referrals-patient", "referrals.patient", closed);
        patient.setOnAction(e -> choosePatient(chosen.get(), found -> { }));
        Button appointment = button("referrals-book", "referrals.book", closed);
        appointment.setOnAction(e -> {
            ReceivedReferral referral = chosen.get();
            viewModel.linkedPatient(referral, linked -> linked.ifPresentOrElse(p -> book.accept(p, referral),
                    () -> choosePatient(referral, p -> book.accept(p, referral))));
        });
        Button received = button("referrals-received", "referrals.markReceived", Bindings.createBooleanBinding(
                () -> chosen.get() == null || chosen.get().cancelled()
                        || chosen.get().progress().compareTo(ReferralProgress.RECEIVED) >= 0, chosen));
        received.setOnAction(e -> viewModel.mark(chosen.get().id(), ReferralProgress.RECEIVED));
        Button handled = button("referrals-handled", "referrals.markHandled", Bindings.createBooleanBinding(
                () -> chosen.get() == null || chosen.get().cancelled()
                        || chosen.get().progress() == ReferralProgress.HANDLED, chosen));
        handled.setOnAction(e -> viewModel.mark(chosen.get().id(), ReferralProgress.HANDLED));
        FlowPane actions = new FlowPane(6, 6, open, patient, appointment, received, handled);
        actions.setId("referrals-actions");

        Label error = new Label();
        error.setId("referrals-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label notice = new Label();
        notice.setId("referrals-notice");
        notice.getStyleClass().add("muted");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        VBox box = new VBox(8, hint, list, actions, notice, error);
        box.getStyleClass().add("today-pane");
        box.setId("referrals-pane");
        return box;
    }

    /** The duplicate check, then the prefilled creation (or the known patient); {@code then} gets the record. */
    private void choosePatient(ReceivedReferral referral, java.util.function.Consumer<PatientSummary> then) {
        viewModel.candidates(referral, candidates -> new ReferralPatientDialog(referral, candidates, viewModel,
                messages, owner.get()).showAndWait().ifPresent(choice -> {
                    if (choice.existing() != null) {
                        viewModel.usePatient(referral, choice.existing(), then);
                    } else {
                        viewModel.createPatient(referral, choice.created(), then);
                    }
                }));
    }

    private Button button(String id, String key, javafx.beans.value.ObservableBooleanValue disabled) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.disableProperty().bind(disabled);
        return button;
    }

    private VBox lineGraphic(ReceivedReferral line) {
        Label name = new Label(line.patientName());
        name.getStyleClass().add("today-name");
        name.setMinWidth(0);
        Label state = new Label(viewModel.progressText(line));
        state.getStyleClass().addAll("referral-state", "referral-state-" + (line.cancelled() ? "cancelled"
                : line.progress().name().toLowerCase(java.util.Locale.ROOT)));
        state.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, name, spacer, state);
        top.setAlignment(Pos.CENTER_LEFT);
        Label origin = new Label(viewModel.originText(line));
        origin.getStyleClass().add("today-care");
        if (line.urgency() != ReferralUrgency.ROUTINE) {
            origin.getStyleClass().add("referral-urgent");
        }
        origin.setMinWidth(0);
        String phone = line.phone() == null ? "" : " · " + PhoneNumbers.display(line.phone());
        Label reason = new Label((line.reason() == null ? "" : line.reason()) + phone);
        reason.getStyleClass().add("today-care");
        reason.setMinWidth(0);
        VBox box = new VBox(1, top, origin, reason);
        box.setMinWidth(0);
        if (line.cancelled()) {
            box.getStyleClass().add("referral-cancelled");
        }
        return box;
    }
}
