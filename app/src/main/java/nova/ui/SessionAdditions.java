package nova.ui;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import nova.sync.ui.ConflictListView;
import nova.sync.ui.SyncStatusIndicator;
import nova.sync.ui.SyncStatusViewModel;
import nova.ui.assistant.AssistantBar;
import nova.ui.assistant.AssistantBookings;
import nova.ui.assistant.AssistantViewModel;
import nova.ui.booking.BookingViewModel;
import nova.ui.main.AgendaViewModel;
import nova.ui.main.MainView;
import nova.ui.session.DeskSession;
import nova.ui.settings.AgendaSettingsDialog;
import nova.ui.settings.AgendaSettingsViewModel;
import nova.ui.settings.ClaudeSettingsDialog;
import nova.ui.settings.ClaudeSettingsViewModel;
import nova.ui.settings.HubSettingsDialog;
import nova.ui.settings.HubSettingsViewModel;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/**
 * What the main window gets beside the agenda screens, when the session offers it: the assistant bar above the
 * agenda, the sync indicator in the status bar (and the background sync started) and the admin's « Réglages ».
 */
final class SessionAdditions {

    private SessionAdditions() {
    }

    static void install(DeskSession session, MainView main, AgendaViewModel agenda, TaskExecutor executor,
                        Messages messages, Clock clock, Supplier<Stage> stage) {
        session.assistant().ifPresent(desk -> {
            Supplier<BookingViewModel> bookings = () -> new BookingViewModel(session.clinic(), session.patients(),
                    session.appointments(), executor, messages, clock);
            AssistantViewModel assistant = new AssistantViewModel(session::clinic, desk, session.patients(),
                    session.appointments(), executor, messages, clock,
                    new AssistantBookings(bookings, messages, stage::get, agenda::getDate, agenda::showBooked),
                    agenda::refresh);
            main.addAboveAgenda(new AssistantBar(assistant, messages).root());
        });
        session.ownAccount().ifPresent(account -> {
            javafx.scene.control.Hyperlink password = new javafx.scene.control.Hyperlink(messages.get("password.link"));
            password.setId("status-password");
            password.setOnAction(e -> new nova.ui.settings.PasswordChangeDialog(
                    new nova.ui.settings.PasswordChangeViewModel(account, executor, messages), messages, stage.get())
                    .showAndWait());
            main.addToStatusBar(password);
        });
        session.sync().ifPresent(sync -> {
            var zone = session.clinic().profile().zone();
            SyncStatusViewModel model = new SyncStatusViewModel(sync.service(), sync.names(), Platform::runLater,
                    work -> Thread.ofVirtual().name("sync-status").start(work), sync::syncNow, zone);
            main.addToStatusBar(new SyncStatusIndicator(model, () -> new ConflictListView(model).show()));
            // After a pull the open agenda shows the other workstations' changes.
            sync.service().addDataChangedListener(entities -> Platform.runLater(agenda::refresh));
            Thread.ofVirtual().name("sync-start").start(sync::startIfConfigured);
        });
        session.adminSettings().ifPresent(admin -> {
            MenuItem assistantSettings = new MenuItem(messages.get("settings.menu.assistant"));
            assistantSettings.setId("settings-assistant");
            assistantSettings.setOnAction(e -> new ClaudeSettingsDialog(
                    new ClaudeSettingsViewModel(admin, executor, messages), messages, stage.get()).showAndWait());
            MenuItem hubSettings = new MenuItem(messages.get("settings.menu.hub"));
            hubSettings.setId("settings-hub");
            hubSettings.setOnAction(e -> new HubSettingsDialog(
                    new HubSettingsViewModel(admin, executor, messages), messages, stage.get()).showAndWait());
            MenuButton menu = new MenuButton(messages.get("settings.menu"), null, assistantSettings, hubSettings);
            session.agendaAdmin().ifPresent(agendaAdmin -> {
                MenuItem agendaSettings = new MenuItem(messages.get("settings.menu.agenda"));
                agendaSettings.setId("settings-agenda");
                agendaSettings.setOnAction(e -> {
                    new AgendaSettingsDialog(new AgendaSettingsViewModel(agendaAdmin, session.clinic(), executor,
                            messages, clock), messages, stage.get()).showAndWait();
                    agenda.refresh();
                });
                menu.getItems().add(agendaSettings);
            });
            session.clinicAdmin().ifPresent(clinicAdmin ->
                    menu.getItems().addAll(0, ClinicSettingsMenu.items(session, clinicAdmin, agenda, executor,
                            messages, clock, stage)));
            menu.setId("settings-menu");
            menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            main.addToToolbar(menu);
        });
    }
}
