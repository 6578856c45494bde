package nova.ui.agenda;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
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
import nova.agenda.domain.Blockout;
import nova.agenda.domain.WorkingSchedule;

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

    private final ObjectProperty<List<BlockoutBand>> blockouts =
            new SimpleObjectProperty<>(this, "blockouts", List.of());
    private final ObjectProperty<WorkingSchedule> schedule = new SimpleObjectProperty<>(this, "schedule");
    private final ReadOnlyObjectWrapper<Blockout> selectedBlockout =
            new ReadOnlyObjectWrapper<>(this, "selectedBlockout");
    private final ReadOnlyObjectWrapper<SlotRequest> selectedSlot = new ReadOnlyObjectWrapper<>(this, "selectedSlot");
    private final ObjectProperty<Function<SlotRequest, javafx.scene.control.ContextMenu>> slotMenuFactory =
            new SimpleObjectProperty<>(this, "slotMenuFactory");
    private final ObjectProperty<BiFunction<Blockout, SlotRequest, javafx.scene.control.ContextMenu>>
            blockoutMenuFactory = new SimpleObjectProperty<>(this, "blockoutMenuFactory");

    protected AgendaGridView() {
        getStyleClass().add("agenda-grid");
        setFocusTraversable(true);
        items.addListener((obs, old, now) -> keepSelectionIfStillThere(now));
        blockouts.addListener((obs, old, now) -> keepBlockoutSelectionIfStillThere(now));
    }

    /**
     * Replaces columns, appointments, blockouts and the schedule in one go: one rebuild, one layout pass.
     * A null schedule shades the clinic's hours only.
     */
    public void setContent(List<AgendaColumn> newColumns, List<AppointmentView> newItems,
                           List<BlockoutBand> newBlockouts, WorkingSchedule newSchedule) {
        schedule.set(newSchedule);
        blockouts.set(List.copyOf(newBlockouts));
        setContent(newColumns, newItems);
    }

    /** Selects a blockout (null clears); selecting one clears the appointment selection and the reverse. */
    public void selectBlockout(Blockout blockout) {
        selectedBlockout.set(blockout);
        if (blockout != null) {
            selectedItem.set(null);
        }
    }

    /** The empty slot clicked last: where Ctrl+V pastes (null clears). */
    public void selectSlot(SlotRequest slot) {
        selectedSlot.set(slot);
    }

    /** Whether a blockout is drawn in a column: the whole clinic's in all, a resource's in that resource's. */
    protected boolean showsBlockoutIn(Blockout blockout, AgendaColumn column) {
        return blockout.wholeClinic() || Objects.equals(blockout.resourceId(), column.key());
    }

    /** The chair or practitioner of a column, whose own hours shade it; null where the column is a day. */
    protected UUID resourceOf(AgendaColumn column) {
        return column.key() instanceof UUID id ? id : null;
    }

    private void keepBlockoutSelectionIfStillThere(List<BlockoutBand> now) {
        Blockout selected = selectedBlockout.get();
        if (selected != null) {
            selectedBlockout.set(now.stream().map(BlockoutBand::blockout)
                    .filter(b -> b.id().equals(selected.id())).findFirst().orElse(null));
        }
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
            if (item != null) {
                selectedBlockout.set(null);
                selectedSlot.set(null);
            }
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

    public ObjectProperty<List<BlockoutBand>> blockoutsProperty() { return blockouts; }
    public List<BlockoutBand> getBlockouts() { return blockouts.get(); }

    public ObjectProperty<WorkingSchedule> scheduleProperty() { return schedule; }
    public WorkingSchedule getSchedule() { return schedule.get(); }

    public ReadOnlyObjectProperty<Blockout> selectedBlockoutProperty() {
        return selectedBlockout.getReadOnlyProperty();
    }
    public Blockout getSelectedBlockout() { return selectedBlockout.get(); }

    public ReadOnlyObjectProperty<SlotRequest> selectedSlotProperty() { return selectedSlot.getReadOnlyProperty(); }
    public SlotRequest getSelectedSlot() { return selectedSlot.get(); }

    /** The context menu of an empty slot (right click), e.g. « Bloquer ce créneau… », « Coller ici ». */
    public ObjectProperty<Function<SlotRequest, javafx.scene.control.ContextMenu>> slotMenuFactoryProperty() {
        return slotMenuFactory;
    }
    public Function<SlotRequest, javafx.scene.control.ContextMenu> getSlotMenuFactory() {
        return slotMenuFactory.get();
    }
    public void setSlotMenuFactory(Function<SlotRequest, javafx.scene.control.ContextMenu> factory) {
        slotMenuFactory.set(factory);
    }

    /** The context menu of a blockout, given the slot under the mouse (for « Coller ici »). */
    public ObjectProperty<BiFunction<Blockout, SlotRequest, javafx.scene.control.ContextMenu>>
            blockoutMenuFactoryProperty() {
        return blockoutMenuFactory;
    }
    public BiFunction<Blockout, SlotRequest, javafx.scene.control.ContextMenu> getBlockoutMenuFactory() {
        return blockoutMenuFactory.get();
    }
    public void setBlockoutMenuFactory(BiFunction<Blockout, SlotRequest, javafx.scene.control.ContextMenu> factory) {
        blockoutMenuFactory.set(factory);
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
