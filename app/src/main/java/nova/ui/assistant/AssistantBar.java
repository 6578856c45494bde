package nova.ui.assistant;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.ui.support.Messages;

/**
 * The assistant bar above the agenda: the request field (Ctrl+K), then the preview card with « Continuer » /
 * « Annuler », the slots to pick from or the appointment to change with its confirmation. Binds only.
 */
public final class AssistantBar {

    private final AssistantViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TextField field = new TextField();

    public AssistantBar(AssistantViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        build();
    }

    public Region root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("assistant-bar");
        root.setId("assistant-bar");

        Label icon = new Label("✦");
        icon.getStyleClass().add("assistant-icon");
        field.setId("assistant-field");
        field.setPromptText(messages.get("assistant.prompt"));
        field.setTooltip(new Tooltip(messages.get("assistant.tooltip")));
        field.textProperty().bindBidirectional(viewModel.textProperty());
        field.setOnAction(e -> viewModel.ask());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.dismiss();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Label shortcut = new Label("Ctrl+K");
        shortcut.getStyleClass().add("assistant-shortcut");
        HBox line = new HBox(8, icon, field, busy, shortcut);
        line.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(line, card());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcut(scene);
            }
        });
    }

    private void installShortcut(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> {
            field.requestFocus();
            field.selectAll();
        });
    }

    private Region card() {
        Label title = new Label();
        title.setId("assistant-title");
        title.getStyleClass().add("assistant-title");
        GridPane rows = new GridPane();
        rows.setId("assistant-rows");
        rows.getStyleClass().add("assistant-rows");
        Label question = new Label();
        question.setId("assistant-question");
        question.getStyleClass().add("assistant-question");
        Label engine = new Label();
        engine.setId("assistant-engine");
        engine.getStyleClass().add("assistant-engine");
        Label notice = new Label();
        notice.setId("assistant-notice");
        notice.getStyleClass().add("assistant-notice");
        Label asking = new Label(messages.get("assistant.asking"));
        asking.getStyleClass().add("assistant-engine");
        show(asking, viewModel.stepProperty().isEqualTo(AssistantStep.ASKING));

        viewModel.cardProperty().addListener((obs, old, now) -> {
            rows.getChildren().clear();
            if (now == null) {
                title.setText("");
                question.setText("");
                engine.setText("");
                notice.setText("");
                return;
            }
            title.setText(now.title());
            int r = 0;
            for (PreviewCard.Row row : now.rows()) {
                Label label = new Label(row.label());
                label.getStyleClass().add("assistant-row-label");
                Label value = new Label(row.value());
                value.getStyleClass().add("assistant-row-value");
                rows.addRow(r++, label, value);
            }
            question.setText(now.question() == null ? "" : now.question());
            engine.setText(now.engine());
            notice.setText(now.notice() == null ? "" : now.notice());
        });
        show(question, question.textProperty().isNotEmpty());
        show(notice, notice.textProperty().isNotEmpty());
        show(rows, Bindings.isNotEmpty(rows.getChildren()));

        // Slots (FIND_SLOTS, and the new time of a RESCHEDULE)
        Label slotsTitle = new Label();
        slotsTitle.getStyleClass().add("assistant-section");
        ListView<SlotChoice> slots = new ListView<>(viewModel.getSlots());
        slots.setId("assistant-slots");
        slots.getStyleClass().add("assistant-list");
        fitToItems(slots, 6);
        slots.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedSlotProperty().set(now);
            }
        });
        viewModel.selectedSlotProperty().addListener((obs, old, now) -> slots.getSelectionModel().select(now));
        slots.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && viewModel.getStep() == AssistantStep.SLOTS) {
                viewModel.pickSlot();
            }
        });
        BooleanBinding showSlots = viewModel.stepProperty().isEqualTo(AssistantStep.SLOTS)
                .or(viewModel.stepProperty().isEqualTo(AssistantStep.CHANGE).and(Bindings.isNotEmpty(viewModel.getSlots())));
        show(slotsTitle, showSlots);
        show(slots, showSlots.and(Bindings.isNotEmpty(viewModel.getSlots())));
        viewModel.stepProperty().addListener((obs, old, now) -> slotsTitle.setText(messages.get(
                now == AssistantStep.CHANGE ? "assistant.reschedule.slots" : "assistant.slots.title")));

        // Existing appointments (RESCHEDULE, CANCEL, CONFIRMATION)
        Label targetsTitle = new Label(messages.get("assistant.targets.title"));
        targetsTitle.getStyleClass().add("assistant-section");
        ListView<TargetChoice> targets = new ListView<>(viewModel.getTargets());
        targets.setId("assistant-targets");
        targets.getStyleClass().add("assistant-list");
        fitToItems(targets, 3);
        targets.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedTargetProperty().set(now);
            }
        });
        viewModel.selectedTargetProperty().addListener((obs, old, now) -> targets.getSelectionModel().select(now));
        BooleanBinding changing = viewModel.stepProperty().isEqualTo(AssistantStep.CHANGE);
        show(targetsTitle, changing);
        show(targets, changing);
        Label changeQuestion = new Label();
        changeQuestion.setId("assistant-change-question");
        changeQuestion.getStyleClass().add("assistant-question");
        changeQuestion.textProperty().bind(viewModel.changeQuestionProperty());
        show(changeQuestion, changing.and(changeQuestion.textProperty().isNotEmpty()));
        Label reasonLabel = new Label(messages.get("assistant.cancel.reason"));
        TextField reason = new TextField();
        reason.setId("assistant-reason");
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox reasonBox = new HBox(8, reasonLabel, reason);
        reasonBox.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding cancelling = Bindings.createBooleanBinding(
                () -> viewModel.getStep() == AssistantStep.CHANGE && viewModel.actionType() == ActionType.CANCEL,
                viewModel.stepProperty());
        show(reasonBox, cancelling);

        Label error = new Label();
        error.setId("assistant-error");
        error.textProperty().bind(viewModel.errorProperty());
        HBox errorBox = new HBox(error);
        errorBox.getStyleClass().add("error-box");
        show(errorBox, viewModel.errorProperty().isNotEmpty());
        Label status = new Label();
        status.setId("assistant-status");
        status.getStyleClass().add("assistant-status");
        status.textProperty().bind(viewModel.statusProperty());
        show(status, viewModel.statusProperty().isNotEmpty());

        Button proceed = new Button(messages.get("assistant.continue"));
        proceed.setId("assistant-continue");
        proceed.getStyleClass().add(Styles.ACCENT);
        proceed.setDefaultButton(false);
        proceed.setOnAction(e -> viewModel.proceed());
        show(proceed, Bindings.createBooleanBinding(() -> viewModel.getStep() == AssistantStep.PREVIEW
                && viewModel.cardProperty().get() != null && viewModel.cardProperty().get().actionable(),
                viewModel.stepProperty(), viewModel.cardProperty()));
        Button pick = new Button(messages.get("assistant.slots.book"));
        pick.setId("assistant-pick");
        pick.getStyleClass().add(Styles.ACCENT);
        pick.setOnAction(e -> viewModel.pickSlot());
        show(pick, viewModel.stepProperty().isEqualTo(AssistantStep.SLOTS)
                .and(Bindings.isNotEmpty(viewModel.getSlots())));
        Button confirm = new Button();
        confirm.setId("assistant-confirm");
        confirm.setOnAction(e -> viewModel.confirmChange());
        show(confirm, changing);
        viewModel.stepProperty().addListener((obs, old, now) -> {
            ActionType type = viewModel.actionType();
            if (now == AssistantStep.CHANGE && type != null) {
                confirm.setText(messages.get("assistant.confirm." + type.name()));
                confirm.getStyleClass().removeAll(Styles.DANGER, Styles.ACCENT);
                confirm.getStyleClass().add(type == ActionType.CANCEL ? Styles.DANGER : Styles.ACCENT);
            }
        });
        Button close = new Button(messages.get("assistant.cancel"));
        close.setId("assistant-dismiss");
        close.setOnAction(e -> viewModel.dismiss());
        // Beside « Oui, annuler le rendez-vous » a plain « Annuler » would be ambiguous.
        viewModel.stepProperty().addListener((obs, old, now) -> close.setText(messages.get(switch (now) {
            case DONE -> "assistant.close";
            case CHANGE -> "assistant.leave";
            default -> "assistant.cancel";
        })));
        proceed.disableProperty().bind(viewModel.busyProperty());
        pick.disableProperty().bind(viewModel.busyProperty().or(viewModel.selectedSlotProperty().isNull()));
        confirm.disableProperty().bind(viewModel.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, engine, spacer, close, proceed, pick, confirm);
        footer.setAlignment(Pos.CENTER_LEFT);
        show(footer, viewModel.stepProperty().isNotEqualTo(AssistantStep.ASKING));

        VBox card = new VBox(6, asking, title, rows, question, notice, targetsTitle, targets, changeQuestion,
                reasonBox, slotsTitle, slots, errorBox, status, footer);
        card.setId("assistant-card");
        card.getStyleClass().add("assistant-card");
        show(card, viewModel.stepProperty().isNotEqualTo(AssistantStep.IDLE));
        return card;
    }

    /** A list as tall as its rows (up to {@code maxRows}): the agenda below must not squeeze it. */
    private static void fitToItems(ListView<?> list, int maxRows) {
        double row = 30;
        list.setFixedCellSize(row);
        var height = Bindings.createDoubleBinding(() -> Math.max(1, Math.min(maxRows, list.getItems().size())) * row + 4,
                list.getItems());
        list.prefHeightProperty().bind(height);
        list.minHeightProperty().bind(height);
        list.maxHeightProperty().bind(height);
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(node.visibleProperty());
    }
}
