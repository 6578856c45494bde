package nova.ui.agenda;

/** What the columns of the day agenda stand for. */
public enum AgendaGrouping {
    CHAIR,
    PRACTITIONER
}
