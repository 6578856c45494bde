package nova.ui.agenda;

/** The week agenda's look: the shared grid with one column per day; today's title is highlighted. */
public class WeekAgendaViewSkin extends AgendaGridSkin<WeekAgendaView> {

    public WeekAgendaViewSkin(WeekAgendaView control) {
        super(control);
        control.pixelsPerMinuteProperty().set(1.2);
    }
}
