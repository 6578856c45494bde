package nova.ui;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.stage.Stage;
import nova.ui.booking.BookingViewModel;
import nova.ui.main.AgendaViewModel;
import nova.ui.main.MainView;
import nova.ui.session.DeskSession;
import nova.ui.support.DialogService;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/** The main window of a session: the agenda's view model and the view with everything the session offers. */
record MainWindow(AgendaViewModel agenda, MainView view) {

    /** Builds it on the FX thread; the day's appointments are read in the background meanwhile. */
    static MainWindow build(DeskSession session, TaskExecutor executor, Messages messages, Clock clock,
                            DialogService dialogs, Supplier<Stage> stage) {
        AgendaViewModel agenda = new AgendaViewModel(session, executor, messages, clock);
        agenda.refresh();
        MainView main = new MainView(agenda,
                () -> new BookingViewModel(session.clinic(), session.patients(), session.appointments(), executor,
                        messages, clock),
                dialogs, messages);
        SessionAdditions.install(session, main, agenda, executor, messages, clock, stage);
        return new MainWindow(agenda, main);
    }
}
