package nova.ui.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.Holiday;
import nova.ui.support.UserMessageException;

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

    /**
     * A blockout drawn in the agenda grid; refused (French reason, the booking rules' own) over an appointment,
     * another blockout, a closed day or outside its chair's or practitioner's hours.
     */
    Blockout placeBlockout(Blockout blockout) throws UserMessageException;

    /** Paste of a cut: the same blockout at another start and resource (null = whole clinic); refused likewise. */
    Blockout moveBlockout(UUID id, Instant start, UUID resourceId) throws UserMessageException;

    /** Paste of a copy: a new blockout of the same length and reason; refused likewise. */
    Blockout copyBlockout(UUID id, Instant start, UUID resourceId) throws UserMessageException;
}
