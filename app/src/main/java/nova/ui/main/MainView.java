package nova.ui.main;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import nova.agenda.domain.AppointmentStatus;
import nova.ui.consultation.ConsultationLauncher;
import nova.ui.patient.PatientCardDialog;
import nova.ui.patient.PatientCardViewModel;
import nova.ui.today.RecallViewModel;
import nova.ui.today.TodayView;
import nova.ui.today.TodayViewModel;
import nova.ui.today.WaitlistView;
import nova.ui.today.WaitlistViewModel;
import nova.agenda.domain.AppointmentView;
import nova.ui.agenda.MoveRequest;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.ui.agenda.AgendaGridView;
import nova.ui.agenda.AgendaGrouping;
import nova.ui.agenda.DayAgendaView;
import nova.ui.agenda.SlotRequest;
import nova.ui.agenda.WeekAgendaView;
import nova.ui.booking.BookingDialog;
import nova.ui.referral.ReceivedReferralsWindow;
import nova.ui.referral.ReceivedReferralsViewModel;
import nova.ui.booking.BookingViewModel;
import nova.ui.support.DialogService;
import nova.ui.support.FrenchFormats;
import nova.ui.support.Messages;

/**
 * The main window: toolbar (date navigation, day/week, columns, search, new appointment, help), the agenda, the
 * selected appointment on the right and a status bar. It only binds and forwards; the state is the view model's.
 */
public final class MainView {

    private final AgendaViewModel viewModel;
    private final Supplier<BookingViewModel> bookingViewModels;
    private final DialogService dialogs;
    private final Messages messages;

    private final BorderPane root = new BorderPane();
    private final DayAgendaView dayView = new DayAgendaView();
    private final WeekAgendaView weekView = new WeekAgendaView();
    private final TextField search = new TextField();
    private final AppointmentDetailsPanel details;
    private final ConsultationLauncher consultations;
    private final TodayViewModel today;
    private final TabPane side = new TabPane();
    private final Tab detailsTab;
    private final BlockoutActions blockouts;

    public MainView(AgendaViewModel viewModel, Supplier<BookingViewModel> bookingViewModels, DialogService dialogs,
                    Messages messages) {
        this.viewModel = viewModel;
        this.bookingViewModels = bookingViewModels;
        this.dialogs = dialogs;
        this.messages = messages;
        this.consultations = new ConsultationLauncher(viewModel.session(), viewModel.executor(), messages, dialogs,
                viewModel.clock(), this::window);
        this.details = new AppointmentDetailsPanel(messages, viewModel, this::changeStatus, this::moveSelected,
                this::printCard, consultations::offeredFor, consultations::open);
        this.today = new TodayViewModel(viewModel.session(), viewModel.executor(), messages, viewModel.clock());
        this.detailsTab = new Tab(messages.get("today.tab.details"), details);
        this.blockouts = new BlockoutActions(viewModel, viewModel.executor(), messages);
        build();
    }

    public Parent root() {
        return root;
    }

    public DayAgendaView dayView() {
        return dayView;
    }

    public WeekAgendaView weekView() {
        return weekView;
    }

    private void build() {
        root.getStyleClass().add("main-root");
        root.setTop(toolbar());
        root.setCenter(agendaArea());
        root.setRight(sidePanel());
        root.setBottom(statusBar());
        viewModel.session().referrals().ifPresent(this::addReferralsButton);

        for (AgendaGridView view : List.<AgendaGridView>of(dayView, weekView)) {
            view.hoursProperty().bind(viewModel.hoursProperty());
            view.zoneProperty().bind(viewModel.zoneProperty());
            view.setOnNewAppointment(this::bookAt);
            view.setOnOpenAppointment(this::open);
            view.setOnMoveAppointment(this::drop);
            view.setBlockMenuFactory(this::blockMenu);
            if (blockouts.canEdit()) {
                view.setSlotMenuFactory(this::slotMenu);
                view.setBlockoutMenuFactory(this::blockoutMenu);
                view.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> onGridKey(view, event));
            }
            view.selectedItemProperty().addListener((obs, old, now) -> {
                if (view.isVisible()) {
                    viewModel.selectedProperty().set(now);
                }
            });
        }
        dayView.setId("day-agenda");
        weekView.setId("week-agenda");
        dayView.groupingProperty().bind(viewModel.groupingProperty());
        dayView.dateProperty().bind(viewModel.dateProperty());

        viewModel.appointmentsProperty().addListener((obs, old, now) -> pushContent());
        viewModel.columnsProperty().addListener((obs, old, now) -> pushContent());
        // Blockouts and hours may change while the appointments stay equal (no change event): every load pushes.
        viewModel.loadsProperty().addListener((obs, old, now) -> pushContent());
        // The outcome of a blockout command concerns the day it was given on; once placed, the slot is no target.
        viewModel.dateProperty().addListener((obs, old, now) -> blockouts.clearNotice());
        viewModel.modeProperty().addListener((obs, old, now) -> blockouts.clearNotice());
        blockouts.setOnSaved(() -> activeView().selectSlot(null));
        // A cut blockout is drawn faded until it is pasted.
        blockouts.clipboardProperty().addListener((obs, old, now) -> pushContent());
        viewModel.modeProperty().addListener((obs, old, now) -> showMode(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            details.show(now);
            activeView().select(now);
            if (now != null && (old == null || !Objects.equals(old.id(), now.id()))) {
                side.getSelectionModel().select(detailsTab);
            }
        });
        // Every load of the agenda (a change, a reload after sync) also refreshes today's lists.
        viewModel.loadsProperty().addListener((obs, old, now) -> today.refresh());
        showMode(viewModel.getMode());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private void pushContent() {
        // One batch per load: columns and appointments together, one rebuild of the grid.
        activeView().setContent(viewModel.columnsProperty().get(), viewModel.getAppointments(),
                blockouts.bands(viewModel.getBlockouts(), viewModel.getMode()), viewModel.getSchedule());
        activeView().select(viewModel.selectedProperty().get());
    }

    private AgendaGridView activeView() {
        return viewModel.getMode() == AgendaMode.WEEK ? weekView : dayView;
    }

    private void showMode(AgendaMode mode) {
        dayView.setVisible(mode == AgendaMode.DAY);
        weekView.setVisible(mode == AgendaMode.WEEK);
    }

    /** Right: the selected appointment, the doctor's day and the waiting room, as tabs. */
    private Region sidePanel() {
        TodayView todayView = new TodayView(today, messages, this::openFromToday, viewModel::showBooked,
                this::blockMenu, this::window);
        Tab myDay = new Tab(messages.get("today.tab.myDay"), todayView.myDayPane());
        myDay.setId("tab-myday");
        Tab waiting = new Tab(messages.get("today.tab.waiting"), todayView.waitingPane());
        waiting.setId("tab-waiting");
        RecallViewModel recalls = new RecallViewModel(viewModel.session(), viewModel.executor(), viewModel.clock());
        Tab recall = new Tab(messages.get("today.tab.recall"), todayView.recallPane(recalls, this::showPatientCard));
        recall.setId("tab-recall");
        // Read when first opened, then at each visit: it spans 18 months of appointments.
        recall.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                recalls.refresh();
            }
        });
        detailsTab.setId("tab-details");
        side.getTabs().setAll(detailsTab, myDay, waiting, recall);
        viewModel.session().waitlist().ifPresent(desk -> {
            WaitlistViewModel waitlist = new WaitlistViewModel(viewModel.session(), desk, viewModel.executor(),
                    messages, viewModel.clock());
            WaitlistView waitlistView = new WaitlistView(waitlist, messages, this::window);
            Tab waitlistTab = new Tab(messages.get("waitlist.tab"), waitlistView.pane());
            waitlistTab.setId("tab-waitlist");
            waitlistTab.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    waitlist.refresh();
                }
            });
            side.getTabs().add(waitlistTab);
            // A refused offer (the slot was taken meanwhile) is explained in the tab: bring it forward.
            waitlist.errorProperty().addListener((obs, was, now) -> {
                if (now != null && !now.isEmpty()) {
                    side.getSelectionModel().select(waitlistTab);
                }
            });
            viewModel.setOnSlotFreed(freed -> waitlistView.offerFreedSlot(freed, viewModel::showBooked));
        });
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getStyleClass().add("side-tabs");
        side.setId("side-panel");
        return side;
    }

    /**
     * « Orientations » (received referrals) in the toolbar, when this desk syncs with a hub: its title counts
     * those nobody has opened yet, refreshed at every agenda load (a sync that brought one reloads the agenda).
     */
    private void addReferralsButton(nova.ui.session.ReferralDesk desk) {
        ReceivedReferralsViewModel referrals = new ReceivedReferralsViewModel(desk, viewModel.session().patients(),
                viewModel.executor(), viewModel.session().clinic().profile().zone(), viewModel.clock());
        Button button = new Button();
        button.setId("referrals-button");
        button.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                referrals.unopenedProperty().get() == 0 ? messages.get("referrals.tab")
                        : messages.get("referrals.tab") + " (" + referrals.unopenedProperty().get() + ")",
                referrals.unopenedProperty()));
        referrals.unopenedProperty().addListener((obs, old, now) -> {
            if (now.intValue() > 0) {
                button.getStyleClass().add("referrals-waiting");
            } else {
                button.getStyleClass().remove("referrals-waiting");
            }
        });
        button.setTooltip(new Tooltip(messages.get("referrals.title")));
        button.setOnAction(e -> new ReceivedReferralsWindow(referrals, messages, window(), this::bookReferred)
                .showAndWait());
        viewModel.loadsProperty().addListener((obs, old, now) -> referrals.refresh());
        referrals.refresh();
        addToToolbar(button);
    }

    /** The usual booking dialog for a referred patient, the referral noted on the appointment. */
    private void bookReferred(nova.patient.domain.PatientSummary patient, nova.referral.domain.ReceivedReferral referral) {
        BookingViewModel booking = bookingViewModels.get();
        booking.prefill(viewModel.getDate(), null, null, null);
        booking.patientProperty().set(patient);
        booking.notesProperty().set("Orientation de " + referral.fromSite()
                + (referral.reason() == null ? "" : " : " + referral.reason()));
        showBooking(booking);
    }

    private void openFromToday(AppointmentView item) {
        viewModel.showBooked(item);
        side.getSelectionModel().select(detailsTab);
    }

    private Region toolbar() {
        Button today = new Button(messages.get("main.today"));
        today.setId("nav-today");
        today.setOnAction(e -> viewModel.showToday());
        today.setTooltip(new Tooltip("Ctrl+T"));
        Button previous = new Button("‹");
        previous.setId("nav-previous");
        previous.getStyleClass().addAll(Styles.LEFT_PILL);
        previous.setOnAction(e -> viewModel.previous());
        previous.setTooltip(new Tooltip(messages.get("main.previous") + " (Ctrl+←)"));
        Button next = new Button("›");
        next.setId("nav-next");
        next.getStyleClass().addAll(Styles.RIGHT_PILL);
        next.setOnAction(e -> viewModel.next());
        next.setTooltip(new Tooltip(messages.get("main.next") + " (Ctrl+→)"));
        HBox arrows = new HBox(previous, next);

        DatePicker picker = new DatePicker(viewModel.getDate());
        picker.setId("nav-date");
        picker.getStyleClass().add("date-picker");
        picker.setConverter(FrenchFormats.dateConverter());
        picker.setShowWeekNumbers(false);
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(viewModel.getDate())) {
                viewModel.goTo(now);
            }
        });
        viewModel.dateProperty().addListener((obs, old, now) -> picker.setValue(now));

        Label title = new Label();
        title.setId("agenda-title");
        title.getStyleClass().add("date-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        // On narrow screens the date title goes first: the date picker and the status bar still show the date.
        title.visibleProperty().bind(root.widthProperty().greaterThanOrEqualTo(1440));
        title.managedProperty().bind(title.visibleProperty());

        ToggleGroup modes = new ToggleGroup();
        ToggleButton day = new ToggleButton(messages.get("main.day"));
        day.setId("mode-day");
        day.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton week = new ToggleButton(messages.get("main.week"));
        week.setId("mode-week");
        week.getStyleClass().add(Styles.RIGHT_PILL);
        day.setToggleGroup(modes);
        week.setToggleGroup(modes);
        day.setSelected(true);
        day.setOnAction(e -> {
            viewModel.showDay();
            day.setSelected(true);
        });
        week.setOnAction(e -> {
            viewModel.showWeek();
            week.setSelected(true);
        });
        viewModel.modeProperty().addListener((obs, old, now) -> (now == AgendaMode.DAY ? day : week)
                .setSelected(true));

        ToggleGroup groupings = new ToggleGroup();
        ToggleButton byChair = new ToggleButton(viewModel.groupingLabel(AgendaGrouping.CHAIR));
        byChair.setId("group-chair");
        byChair.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton byPractitioner = new ToggleButton(viewModel.groupingLabel(AgendaGrouping.PRACTITIONER));
        byPractitioner.setId("group-practitioner");
        byPractitioner.getStyleClass().add(Styles.RIGHT_PILL);
        byChair.setToggleGroup(groupings);
        byPractitioner.setToggleGroup(groupings);
        byChair.setSelected(true);
        byChair.setOnAction(e -> {
            viewModel.groupingProperty().set(AgendaGrouping.CHAIR);
            byChair.setSelected(true);
        });
        byPractitioner.setOnAction(e -> {
            viewModel.groupingProperty().set(AgendaGrouping.PRACTITIONER);
            byPractitioner.setSelected(true);
        });
        HBox groupingBox = new HBox(byChair, byPractitioner);
        groupingBox.visibleProperty().bind(viewModel.modeProperty().isEqualTo(AgendaMode.DAY));
        groupingBox.managedProperty().bind(groupingBox.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        search.setId("main-search");
        search.getStyleClass().add("search-field");
        search.setPromptText(messages.get("main.search.prompt"));
        search.setTooltip(new Tooltip(messages.get("help.search") + " (Ctrl+F)"));
        search.setOnAction(e -> showPatientCard(search.getText()));

        Button newAppointment = new Button(messages.get("main.newAppointment"));
        newAppointment.setId("new-appointment");
        newAppointment.getStyleClass().add(Styles.ACCENT);
        newAppointment.setTooltip(new Tooltip("Ctrl+N"));
        newAppointment.setOnAction(e -> bookAt(null));

        Button print = new Button(messages.get("main.print"));
        print.setId("print-day");
        print.setTooltip(new Tooltip(messages.get("help.print") + " (Ctrl+P)"));
        print.setOnAction(e -> printDay());
        print.setMinWidth(Region.USE_PREF_SIZE);

        Button help = new Button("?");
        help.setId("help");
        help.setTooltip(new Tooltip(messages.get("main.help")));
        help.setOnAction(e -> showHelp());

        HBox bar = new HBox(today, arrows, picker, title, new HBox(day, week), groupingBox, spacer, search,
                newAppointment, print, help);
        bar.getStyleClass().add("main-toolbar");
        // Buttons keep their French text whole; the title and the search field give way on narrow windows.
        for (javafx.scene.control.ButtonBase button : List.of(today, previous, next, day, week, byChair,
                byPractitioner, newAppointment, help)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setMinWidth(120);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private Region agendaArea() {
        Label closed = new Label(messages.get("main.closedDay"));
        closed.setId("closed-banner-text");
        HBox closedBanner = new HBox(closed);
        closedBanner.getStyleClass().add("closed-banner");
        // A holiday or closing period names its reason; a weekly day off says the clinic does not work that day.
        Runnable updateBanner = () -> {
            String notice = viewModel.closedNoticeProperty().get();
            boolean show = !notice.isEmpty() || viewModel.isClosedDay();
            closed.setText(notice.isEmpty() ? messages.get("main.closedDay") : notice);
            closedBanner.setVisible(show);
            closedBanner.setManaged(show);
        };
        viewModel.dateProperty().addListener((obs, old, now) -> updateBanner.run());
        viewModel.modeProperty().addListener((obs, old, now) -> updateBanner.run());
        viewModel.closedNoticeProperty().addListener((obs, old, now) -> updateBanner.run());
        viewModel.hoursProperty().addListener((obs, old, now) -> updateBanner.run());
        updateBanner.run();

        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        HBox errorBox = new HBox(error);
        errorBox.getStyleClass().add("error-box");
        errorBox.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());

        // The blockout notice floats over the bottom of the grid: shown right after Ctrl+X or Ctrl+C, a bar above
        // the grid would push every slot down just as the user moves to click the target slot.
        Region notice = blockoutNotice();
        StackPane grids = new StackPane(dayView, weekView, notice);
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        StackPane.setMargin(notice, new javafx.geometry.Insets(0, 24, 16, 84));
        VBox.setVgrow(grids, Priority.ALWAYS);
        return new VBox(closedBanner, errorBox, grids);
    }

    /** The outcome of the last blockout command: a hint after cut or copy, a refusal in red. */
    private Region blockoutNotice() {
        Label text = new Label();
        text.setId("agenda-notice-text");
        text.setWrapText(true);
        text.textProperty().bind(blockouts.noticeProperty());
        Button close = new Button("×");
        close.setId("agenda-notice-close");
        close.getStyleClass().addAll(Styles.FLAT, "notice-close");
        close.setTooltip(new Tooltip(messages.get("blockout.notice.close")));
        close.setOnAction(e -> blockouts.clearNotice());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, text, spacer, close);
        box.setId("agenda-notice");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("agenda-notice");
        blockouts.noticeIsErrorProperty().addListener((obs, was, error) -> {
            box.getStyleClass().remove("error");
            if (error) {
                box.getStyleClass().add("error");
            }
        });
        // A confirmation goes away by itself (it covers the end of the day); hints and refusals stay until closed.
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(10));
        fade.setOnFinished(e -> {
            if (blockouts.noticeFadesProperty().get()) {
                blockouts.clearNotice();
            }
        });
        blockouts.noticeFadesProperty().addListener((obs, was, fades) -> {
            if (fades) {
                fade.playFromStart();
            }
        });
        box.visibleProperty().bind(blockouts.noticeProperty().isNotEmpty());
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setMaxWidth(820);
        return box;
    }

    // ---- blockouts in the grid (administrators only)

    private void onGridKey(AgendaGridView view, javafx.scene.input.KeyEvent event) {
        boolean shortcut = event.isShortcutDown();
        nova.agenda.domain.Blockout selected = view.getSelectedBlockout();
        if (shortcut && event.getCode() == KeyCode.X && selected != null) {
            blockouts.cut(selected);
        } else if (shortcut && event.getCode() == KeyCode.C && selected != null) {
            blockouts.copy(selected);
        } else if (shortcut && event.getCode() == KeyCode.V && blockouts.canPaste()) {
            blockouts.paste(view.getSelectedSlot());
        } else if (!shortcut && (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)
                && selected != null) {
            deleteBlockout(selected);
        } else {
            return;
        }
        event.consume();
    }

    private void deleteBlockout(nova.agenda.domain.Blockout blockout) {
        if (dialogs.confirm(messages.get("blockout.delete.title"),
                messages.format("blockout.delete.confirm", blockouts.detail(blockout)))) {
            blockouts.delete(blockout);
        }
    }

    private ContextMenu slotMenu(SlotRequest slot) {
        ContextMenu menu = new ContextMenu();
        menu.setId("slot-menu");
        MenuItem block = new MenuItem(messages.get("blockout.menu.block"));
        block.setId("menu-block-slot");
        block.setOnAction(e -> blockSlot(slot));
        MenuItem paste = pasteItem(slot);
        menu.getItems().addAll(block, paste);
        return menu;
    }

    private ContextMenu blockoutMenu(nova.agenda.domain.Blockout blockout, SlotRequest slot) {
        ContextMenu menu = new ContextMenu();
        menu.setId("blockout-menu");
        MenuItem cut = new MenuItem(messages.get("blockout.menu.cut"));
        cut.setId("menu-blockout-cut");
        cut.setAccelerator(new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN));
        cut.setOnAction(e -> blockouts.cut(blockout));
        MenuItem copy = new MenuItem(messages.get("blockout.menu.copy"));
        copy.setId("menu-blockout-copy");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> blockouts.copy(blockout));
        MenuItem delete = new MenuItem(messages.get("blockout.menu.delete"));
        delete.setId("menu-blockout-delete");
        delete.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        delete.setOnAction(e -> deleteBlockout(blockout));
        menu.getItems().addAll(cut, copy, pasteItem(slot), new SeparatorMenuItem(), delete);
        return menu;
    }

    private MenuItem pasteItem(SlotRequest slot) {
        MenuItem paste = new MenuItem(messages.get("blockout.menu.paste"));
        paste.setId("menu-blockout-paste");
        paste.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        paste.setDisable(!blockouts.canPaste() || slot == null);
        paste.setOnAction(e -> blockouts.paste(slot));
        return paste;
    }

    private void blockSlot(SlotRequest slot) {
        if (slot == null) {
            return;
        }
        String slotText = messages.format("blockout.dialog.when", java.time.format.DateTimeFormatter
                .ofPattern("EEEE d MMMM", Messages.LOCALE).format(slot.date()), slot.time().toString());
        new BlockSlotDialog(slot, viewModel.chairs(), viewModel.practitioners(),
                viewModel.hours().gridEndMinute(), slotText, messages, window())
                .showAndWait()
                .ifPresent(choice -> blockouts.block(slot, choice.resourceId(), choice.end(), choice.reason()));
    }

    private Region statusBar() {
        Label user = new Label(viewModel.statusUser());
        user.setId("status-user");
        Label clinic = new Label(viewModel.clinicName());
        clinic.setId("status-clinic");
        Label date = new Label();
        date.setId("status-date");
        date.textProperty().bind(viewModel.titleProperty());
        Label count = new Label();
        count.setId("status-count");
        count.textProperty().bind(viewModel.summaryProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(14, 14);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(user, clinic, date, spacer, count, loading);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void installShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), viewModel::showToday);
        keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), viewModel::next);
        keys.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN), viewModel::previous);
        keys.put(new KeyCodeCombination(KeyCode.PAGE_DOWN), viewModel::next);
        keys.put(new KeyCodeCombination(KeyCode.PAGE_UP), viewModel::previous);
        keys.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> bookAt(null));
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
        keys.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), viewModel::showDay);
        keys.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), viewModel::showWeek);
        keys.put(new KeyCodeCombination(KeyCode.F1), this::showHelp);
        keys.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::printDay);
    }

    private void showHelp() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Ctrl+T", messages.get("help.today"));
        rows.put("Ctrl+→  /  Page suiv.", messages.get("help.nextDay"));
        rows.put("Ctrl+←  /  Page préc.", messages.get("help.previousDay"));
        rows.put("Ctrl+N", messages.get("help.newAppointment"));
        rows.put("Ctrl+F", messages.get("help.search"));
        rows.put("Ctrl+D", messages.get("help.dayView"));
        rows.put("Ctrl+W", messages.get("help.weekView"));
        rows.put("Ctrl+P", messages.get("help.print"));
        rows.put("Ctrl+K", messages.get("help.assistant"));
        rows.put("Entrée", messages.get("help.open"));
        if (blockouts.canEdit()) {
            rows.put("Ctrl+X", messages.get("help.blockoutCut"));
            rows.put("Ctrl+C", messages.get("help.blockoutCopy"));
            rows.put("Ctrl+V", messages.get("help.blockoutPaste"));
            rows.put("Suppr", messages.get("help.blockoutDelete"));
        }
        rows.put("Clic droit", messages.get("help.menu"));
        rows.put("F1", messages.get("help.help"));
        dialogs.showReference(messages.get("help.title"), messages.get("help.header"), rows,
                messages.get("help.mouse") + "\n" + messages.get("help.drag")
                        + (blockouts.canEdit() ? "\n" + messages.get("help.blockouts") : ""));
    }

    /** Operations of the details panel and the block menu; cancelling asks for the reason first. */
    void changeStatus(AppointmentStatus to) {
        AppointmentView item = viewModel.selectedProperty().get();
        if (item == null) {
            return;
        }
        if (to == AppointmentStatus.CANCELLED) {
            new CancelDialog(item, messages, window()).showAndWait()
                    .ifPresent(reason -> viewModel.changeStatus(to, reason));
        } else {
            viewModel.changeStatus(to, null);
        }
    }

    void moveSelected() {
        AppointmentView item = viewModel.selectedProperty().get();
        if (item == null) {
            return;
        }
        new MoveDialog(item, viewModel, messages, window()).showAndWait().ifPresent(target ->
                viewModel.move(item, target.chair().id(), target.practitioner().id(), target.start(),
                        target.durationMinutes(), null));
    }

    /** A block was dropped: the column gives the chair or practitioner (day) or the date (week). */
    private void drop(MoveRequest request) {
        AppointmentView item = request.item();
        java.util.UUID chair = item.chairId();
        java.util.UUID practitioner = item.practitionerId();
        if (viewModel.getMode() == AgendaMode.DAY && request.columnKey() instanceof java.util.UUID key) {
            if (viewModel.groupingProperty().get() == AgendaGrouping.PRACTITIONER) {
                practitioner = key;
            } else {
                chair = key;
            }
        }
        viewModel.move(item, chair, practitioner,
                java.time.ZonedDateTime.of(request.date(), request.start(), viewModel.profile().zone()),
                request.durationMinutes(), null);
    }

    void printDay() {
        dialogs.chooseSaveFile(messages.get("print.day.title"), AgendaViewModel.defaultExportDirectory(),
                        viewModel.dayAgendaFileName(), messages.get("print.pdf"), "pdf")
                .ifPresent(path -> viewModel.printDay(path, saved -> dialogs.showInformation(
                        messages.get("print.day.title"), messages.format("print.saved", saved))));
    }

    void printCard() {
        AppointmentView item = viewModel.selectedProperty().get();
        if (item == null) {
            return;
        }
        dialogs.chooseSaveFile(messages.get("print.card.title"), AgendaViewModel.defaultExportDirectory(),
                        viewModel.cardFileName(item), messages.get("print.pdf"), "pdf")
                .ifPresent(path -> viewModel.printCard(path, saved -> dialogs.showInformation(
                        messages.get("print.card.title"), messages.format("print.saved", saved))));
    }

    private ContextMenu blockMenu(AppointmentView item) {
        ContextMenu menu = new ContextMenu();
        menu.setId("block-menu");
        var allowed = new nova.agenda.service.StatusTransitions().allowedFrom(item.status());
        for (AppointmentStatus to : AppointmentDetailsPanel.OPERATIONS) {
            MenuItem entry = new MenuItem(messages.get("action." + to.name()));
            entry.setId("menu-" + to.name());
            entry.setDisable(!allowed.contains(to));
            entry.setOnAction(e -> changeStatus(to));
            menu.getItems().add(entry);
        }
        MenuItem move = new MenuItem(messages.get("action.move"));
        move.setId("menu-move");
        move.setDisable(!item.status().occupiesTime());
        move.setOnAction(e -> moveSelected());
        MenuItem undo = new MenuItem(messages.get("action.undo"));
        undo.setId("menu-undo");
        undo.setDisable(item.status() == AppointmentStatus.BOOKED);
        undo.setOnAction(e -> viewModel.undoStatus());
        MenuItem card = new MenuItem(messages.get("action.card"));
        card.setId("menu-card");
        card.setOnAction(e -> printCard());
        menu.getItems().addAll(new SeparatorMenuItem(), move, undo, new SeparatorMenuItem(), card);
        if (consultations.offeredFor(item)) {
            MenuItem consultation = new MenuItem(messages.get("consultation.open"));
            consultation.setId("menu-consultation");
            consultation.setOnAction(e -> consultations.open(item));
            menu.getItems().addAll(0, List.of(consultation, new SeparatorMenuItem()));
        }
        return menu;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void open(AppointmentView item) {
        viewModel.selectedProperty().set(item);
        details.show(item);
    }

    /** Enter in the toolbar search: the patient card, with "Nouveau RDV" for the patient found. */
    void showPatientCard(String text) {
        PatientCardViewModel card = new PatientCardViewModel(viewModel.session(), viewModel.executor(),
                viewModel.clock());
        PatientCardDialog dialog = new PatientCardDialog(card, messages, window(), this::bookFor,
                viewModel::showBooked, consultations);
        card.searchTextProperty().set(text == null ? "" : text.strip());
        dialog.showAndWait();
    }

    private void bookFor(nova.patient.domain.PatientSummary patient) {
        BookingViewModel booking = bookingViewModels.get();
        booking.prefill(viewModel.getDate(), null, null, null);
        booking.patientProperty().set(patient);
        showBooking(booking);
    }

    /** Opens the booking dialog, pre-filled with the double-clicked slot when there is one. */
    void bookAt(SlotRequest slot) {
        BookingViewModel booking = bookingViewModels.get();
        if (slot == null) {
            booking.prefill(viewModel.getDate(), null, null, null);
        } else {
            Chair chair = null;
            Practitioner practitioner = null;
            for (Chair each : viewModel.chairs()) {
                if (Objects.equals(each.id(), slot.columnKey())) {
                    chair = each;
                }
            }
            for (Practitioner each : viewModel.practitioners()) {
                if (Objects.equals(each.id(), slot.columnKey())) {
                    practitioner = each;
                }
            }
            booking.prefill(slot.date(), slot.time(), chair, practitioner);
        }
        showBooking(booking);
    }

    private void showBooking(BookingViewModel booking) {
        LocalDate shown = viewModel.getDate();
        new BookingDialog(booking, messages, root.getScene() == null ? null : root.getScene().getWindow())
                .showAndWait()
                .ifPresentOrElse(viewModel::showBooked, () -> {
                    if (!shown.equals(viewModel.getDate())) {
                        viewModel.goTo(shown);
                    }
                });
    }

    /** Places a bar (the assistant's) above the agenda, below the closed-day and error banners' area. */
    public void addAboveAgenda(javafx.scene.Node bar) {
        ((VBox) root.getCenter()).getChildren().addFirst(bar);
    }

    /** Adds an item (the sync indicator) at the right end of the status bar. */
    public void addToStatusBar(javafx.scene.Node item) {
        ((HBox) root.getBottom()).getChildren().add(item);
    }

    /** Adds a toolbar entry (the admin's « Réglages ») just before the help button. */
    public void addToToolbar(javafx.scene.Node item) {
        HBox bar = (HBox) root.getTop();
        bar.getChildren().add(Math.max(0, bar.getChildren().size() - 1), item);
    }
}
