package nova.ui.session;

import nova.assistant.service.AssistantReply;

/**
 * What the assistant bar asks: the assistant itself, and the agenda operations it carries out once the
 * receptionist confirms (those of {@link AppointmentBook}). Every call blocks (Claude may take seconds): run them
 * through a BackgroundTask.
 */
public interface AssistantDesk extends AppointmentBook {

    /** The assistant's action for a French request, with the clinic's context as of now. */
    AssistantReply ask(String text);
}
