package nova.ui.session;

import java.util.List;
import java.util.UUID;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.WaitlistLine;
import nova.agenda.domain.WaitlistWish;
import nova.ui.support.UserMessageException;

/** The waitlist as the screens use it. Calls block: run them through a BackgroundTask. */
public interface WaitlistDesk {

    /** The open requests, the oldest first. */
    List<WaitlistLine> waiting();

    /** @throws UserMessageException when the patient or the care type is unknown */
    WaitlistLine add(WaitlistWish wish) throws UserMessageException;

    void remove(UUID entryId);

    /** The open requests the slot {@code freed} left (a cancelled appointment, or one before its move) suits. */
    List<WaitlistLine> offersFor(AppointmentView freed);

    /** Books the request into the freed slot; refused (French reason) like any booking. */
    AppointmentView bookOffer(UUID entryId, AppointmentView freed) throws UserMessageException;
}
