package nova.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import nova.clinic.domain.ClinicKind;
import nova.ui.main.AgendaViewModel;
import nova.ui.session.ClinicAdmin;
import nova.ui.session.DeskSession;
import nova.ui.settings.CareTypeSettingsDialog;
import nova.ui.settings.CareTypeSettingsViewModel;
import nova.ui.settings.ClinicDetailsDialog;
import nova.ui.settings.ClinicDetailsViewModel;
import nova.ui.settings.ClosingSettingsDialog;
import nova.ui.settings.ClosingSettingsViewModel;
import nova.ui.settings.ResourceSettingsDialog;
import nova.ui.settings.ResourceSettingsViewModel;
import nova.ui.settings.UserSettingsDialog;
import nova.ui.settings.UserSettingsViewModel;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/**
 * The admin's clinic entries of « Réglages »: Cabinet, Praticiens, Fauteuils (Salles), Types de soin, Fermetures,
 * Utilisateurs.
 * After each dialog the agenda is refreshed, so its columns, hours and booking choices follow the change.
 */
final class ClinicSettingsMenu {

    private ClinicSettingsMenu() {
    }

    static List<MenuItem> items(DeskSession session, ClinicAdmin admin, AgendaViewModel agenda,
                                TaskExecutor executor, Messages messages, Clock clock, Supplier<Stage> stage) {
        MenuItem clinic = item("settings-clinic", messages.get("settings.menu.clinic"), () -> new ClinicDetailsDialog(
                new ClinicDetailsViewModel(admin, executor, messages, session.clinic().profile().workingDays()),
                messages, stage.get()).showAndWait(), agenda);
        MenuItem practitioners = item("settings-practitioners", messages.get("settings.menu.practitioners"),
                () -> resources(ResourceSettingsViewModel.Kind.PRACTITIONER, session, admin, executor, messages,
                        stage), agenda);
        boolean rooms = session.clinic().profile().kind() == ClinicKind.CSCOM;
        MenuItem chairs = item("settings-chairs", messages.get(rooms ? "settings.menu.rooms" : "settings.menu.chairs"),
                () -> resources(ResourceSettingsViewModel.Kind.CHAIR, session, admin, executor, messages, stage),
                agenda);
        MenuItem careTypes = item("settings-care-types", messages.get("settings.menu.careTypes"),
                () -> new CareTypeSettingsDialog(new CareTypeSettingsViewModel(admin, executor, messages), messages,
                        stage.get()).showAndWait(), agenda);
        MenuItem closings = item("settings-closings", messages.get("settings.menu.closings"),
                () -> new ClosingSettingsDialog(new ClosingSettingsViewModel(admin, executor, messages,
                        LocalDate.now(clock.withZone(session.clinic().profile().zone()))), messages, stage.get())
                        .showAndWait(), agenda);
        List<MenuItem> items = new java.util.ArrayList<>(List.of(clinic, practitioners, chairs, careTypes, closings));
        session.userAdmin().ifPresent(users -> items.add(item("settings-users", messages.get("settings.menu.users"),
                () -> new UserSettingsDialog(new UserSettingsViewModel(users, executor, messages), messages,
                        stage.get()).showAndWait(), agenda)));
        items.add(new SeparatorMenuItem());
        return items;
    }

    private static void resources(ResourceSettingsViewModel.Kind kind, DeskSession session, ClinicAdmin admin,
                                  TaskExecutor executor, Messages messages, Supplier<Stage> stage) {
        new ResourceSettingsDialog(new ResourceSettingsViewModel(kind, admin, session.clinic().profile(), executor,
                messages), messages, stage.get()).showAndWait();
    }

    private static MenuItem item(String id, String text, Runnable open, AgendaViewModel agenda) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            open.run();
            agenda.refresh();
        });
        return item;
    }
}
