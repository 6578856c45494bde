package nova.ui.session;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.assistant.service.AssistantReply;
import nova.ui.support.UserMessageException;

/**
 * What the assistant bar asks of the assistant and agenda services beyond the booking dialog's ports. Every call
 * blocks (Claude may take seconds): run them through a BackgroundTask.
 */
public interface AssistantDesk {

    /** The assistant's action for a French request, with the clinic's context as of now. */
    AssistantReply ask(String text);

    List<SlotProposal> findSlots(SlotQuery query);

    List<AppointmentView> forPatient(UUID patientId);

    /** @throws UserMessageException when the agenda refuses the new time, with its French reason */
    AppointmentView move(UUID appointmentId, UUID chairId, UUID practitionerId, ZonedDateTime start,
                         int durationMinutes) throws UserMessageException;

    /** @throws UserMessageException when the change is not allowed, with its French reason */
    AppointmentView changeStatus(UUID appointmentId, AppointmentStatus to, String reason) throws UserMessageException;
}
