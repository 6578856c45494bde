package nova.ui.agenda;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;
import nova.agenda.domain.AppointmentView;

/** One day, one column per chair or per practitioner. */
public class DayAgendaView extends AgendaGridView {

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ObjectProperty<AgendaGrouping> grouping =
            new SimpleObjectProperty<>(this, "grouping", AgendaGrouping.CHAIR);

    public DayAgendaView() {
        getStyleClass().add("day-agenda");
        grouping.addListener((obs, old, now) -> applyGrouping(now));
        applyGrouping(grouping.get());
    }

    private void applyGrouping(AgendaGrouping value) {
        columnKeyProperty().set(value == AgendaGrouping.PRACTITIONER
                ? AppointmentView::practitionerId : AppointmentView::chairId);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DayAgendaViewSkin(this);
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public LocalDate getDate() { return date.get(); }
    public void setDate(LocalDate value) { date.set(value); }

    public ObjectProperty<AgendaGrouping> groupingProperty() { return grouping; }
    public AgendaGrouping getGrouping() { return grouping.get(); }
    public void setGrouping(AgendaGrouping value) { grouping.set(value); }
}
