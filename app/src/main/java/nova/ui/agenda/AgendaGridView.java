package nova.ui.agenda;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import nova.agenda.domain.AppointmentView;

/**
 * The behaviour shared by the day and week agendas: columns, a time grid, appointment blocks, selection and the
 * two double-click gestures. The look lives in {@link AgendaGridSkin} and its subclasses.
 *
 * <p>Batch updates: the whole content of a day (or week) is handed over at once with
 * {@link #setContent(List, List)}; the skin rebuilds its nodes at most once per pulse, however many properties
 * changed in between.
 */
public abstract class AgendaGridView extends Control {

    private final ObjectProperty<List<AgendaColumn>> columns = new SimpleObjectProperty<>(this, "columns", List.of());
    private final ObjectProperty<List<AppointmentView>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final ObjectProperty<Function<AppointmentView, Object>> columnKey =
            new SimpleObjectProperty<>(this, "columnKey", AppointmentView::chairId);
    private final ObjectProperty<AgendaHours> hours =
            new SimpleObjectProperty<>(this, "hours", AgendaHours.defaults());
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());
    private final ObjectProperty<Clock> clock = new SimpleObjectProperty<>(this, "clock", Clock.systemUTC());
    private final DoubleProperty pixelsPerMinute = new SimpleDoubleProperty(this, "pixelsPerMinute", 1.6);
    private final ReadOnlyObjectWrapper<AppointmentView> selectedItem =
            new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private final ObjectProperty<Consumer<SlotRequest>> onNewAppointment =
            new SimpleObjectProperty<>(this, "onNewAppointment");
    private final ObjectProperty<Consumer<AppointmentView>> onOpenAppointment =
            new SimpleObjectProperty<>(this, "onOpenAppointment");

    private final ObjectProperty<Consumer<MoveRequest>> onMoveAppointment =
            new SimpleObjectProperty<>(this, "onMoveAppointment");
    private final ObjectProperty<Function<AppointmentView, javafx.scene.control.ContextMenu>> blockMenuFactory =
            new SimpleObjectProperty<>(this, "blockMenuFactory");

    protected AgendaGridView() {
        getStyleClass().add("agenda-grid");
        setFocusTraversable(true);
        items.addListener((obs, old, now) -> keepSelectionIfStillThere(now));
    }

    /** Replaces columns and appointments in one go: one rebuild, one layout pass. */
    public void setContent(List<AgendaColumn> newColumns, List<AppointmentView> newItems) {
        columns.set(List.copyOf(newColumns));
        items.set(List.copyOf(newItems));
    }

    /** Selects an appointment (null clears); an item not shown is ignored. */
    public void select(AppointmentView item) {
        if (item == null || getItems().contains(item)) {
            selectedItem.set(item);
        }
    }

    private void keepSelectionIfStillThere(List<AppointmentView> now) {
        AppointmentView selected = selectedItem.get();
        if (selected == null) {
            return;
        }
        // After a refresh the records are new instances: keep the selection by identity of the appointment.
        selectedItem.set(now.stream().filter(item -> Objects.equals(item.id(), selected.id())).findFirst()
                .orElse(null));
    }

    void fireNewAppointment(SlotRequest request) {
        Consumer<SlotRequest> handler = onNewAppointment.get();
        if (handler != null) {
            handler.accept(request);
        }
    }

    void fireOpenAppointment(AppointmentView item) {
        Consumer<AppointmentView> handler = onOpenAppointment.get();
        if (handler != null) {
            handler.accept(item);
        }
    }

    void fireMoveAppointment(MoveRequest request) {
        Consumer<MoveRequest> handler = onMoveAppointment.get();
        if (handler != null) {
            handler.accept(request);
        }
    }

    /** Called when a block is dropped elsewhere or resized; without a handler blocks cannot be dragged. */
    public ObjectProperty<Consumer<MoveRequest>> onMoveAppointmentProperty() { return onMoveAppointment; }
    public void setOnMoveAppointment(Consumer<MoveRequest> handler) { onMoveAppointment.set(handler); }

    /** The context menu of a block (right click), built for the appointment under the mouse. */
    public ObjectProperty<Function<AppointmentView, javafx.scene.control.ContextMenu>> blockMenuFactoryProperty() {
        return blockMenuFactory;
    }
    public void setBlockMenuFactory(Function<AppointmentView, javafx.scene.control.ContextMenu> factory) {
        blockMenuFactory.set(factory);
    }

    public ObjectProperty<List<AgendaColumn>> columnsProperty() { return columns; }
    public List<AgendaColumn> getColumns() { return columns.get(); }

    public ObjectProperty<List<AppointmentView>> itemsProperty() { return items; }
    public List<AppointmentView> getItems() { return items.get(); }

    public ObjectProperty<Function<AppointmentView, Object>> columnKeyProperty() { return columnKey; }
    public Function<AppointmentView, Object> getColumnKey() { return columnKey.get(); }

    public ObjectProperty<AgendaHours> hoursProperty() { return hours; }
    public AgendaHours getHours() { return hours.get(); }
    public void setHours(AgendaHours value) { hours.set(value); }

    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public ZoneId getZone() { return zone.get(); }
    public void setZone(ZoneId value) { zone.set(value); }

    public ObjectProperty<Clock> clockProperty() { return clock; }
    public Clock getClock() { return clock.get(); }
    public void setClock(Clock value) { clock.set(value); }

    public DoubleProperty pixelsPerMinuteProperty() { return pixelsPerMinute; }
    public double getPixelsPerMinute() { return pixelsPerMinute.get(); }

    public ReadOnlyObjectProperty<AppointmentView> selectedItemProperty() { return selectedItem.getReadOnlyProperty(); }
    public AppointmentView getSelectedItem() { return selectedItem.get(); }

    public ObjectProperty<Consumer<SlotRequest>> onNewAppointmentProperty() { return onNewAppointment; }
    public void setOnNewAppointment(Consumer<SlotRequest> handler) { onNewAppointment.set(handler); }

    public ObjectProperty<Consumer<AppointmentView>> onOpenAppointmentProperty() { return onOpenAppointment; }
    public void setOnOpenAppointment(Consumer<AppointmentView> handler) { onOpenAppointment.set(handler); }
}
