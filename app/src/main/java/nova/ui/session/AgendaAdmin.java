package nova.ui.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.Holiday;

/** The agenda settings only an administrator changes. Calls block: run them through a BackgroundTask. */
public interface AgendaAdmin {

    DoubleBookingPolicy doubleBookingPolicy();

    void saveDoubleBookingPolicy(DoubleBookingPolicy policy);

    /** The public holidays falling in {@code year}, by date. */
    List<Holiday> holidaysOf(int year);

    void addHoliday(LocalDate date, String name);

    void removeHoliday(LocalDate date);

    /** The blockouts that overlap [from, toExclusive), by start. */
    List<Blockout> blockouts(LocalDate from, LocalDate toExclusive);

    void addBlockout(Blockout blockout);

    void removeBlockout(UUID id);
}
