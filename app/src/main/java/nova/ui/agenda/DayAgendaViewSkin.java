package nova.ui.agenda;

/** The day agenda's look: the shared grid, columns are chairs or practitioners. */
public class DayAgendaViewSkin extends AgendaGridSkin<DayAgendaView> {

    public DayAgendaViewSkin(DayAgendaView control) {
        super(control);
        registerInvalidationListener(control.dateProperty(), o -> control.requestLayout());
    }
}
