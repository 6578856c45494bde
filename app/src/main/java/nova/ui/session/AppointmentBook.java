package nova.ui.session;

import java.time.LocalDate;
import java.util.List;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.ui.support.UserMessageException;

/** What the agenda screens ask of the agenda service. Calls block: run them through a BackgroundTask. */
public interface AppointmentBook {

    List<AppointmentView> day(LocalDate date);

    List<AppointmentView> range(LocalDate from, LocalDate toExclusive);

    /** @throws UserMessageException when the service refuses (overlap, closed hours), with its French reason */
    AppointmentView book(BookingRequest request) throws UserMessageException;
}
