package nova.ui.main;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import nova.agenda.domain.AppointmentChange;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.WorkingSchedule;
import nova.agenda.service.StatusTransitions;
import nova.ui.support.UserMessageException;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;
import nova.clinic.domain.ResourceHours;
import nova.ui.agenda.AgendaColumn;
import nova.ui.agenda.AgendaGrouping;
import nova.ui.agenda.AgendaHours;
import nova.ui.session.DeskSession;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/**
 * The main window's agenda: which date and mode are shown, the columns, the appointments (loaded in the
 * background, replaced in one batch), the selection and the texts of the title and status bar.
 */
public final class AgendaViewModel {

    private static final DateTimeFormatter DAY_TITLE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Messages.LOCALE);
    private static final DateTimeFormatter COLUMN_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Messages.LOCALE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM", Messages.LOCALE);

    private java.util.function.Consumer<AppointmentView> onSlotFreed = freed -> { };
    private final DeskSession session;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    /** The closed days of the range last loaded, with their reason (holidays, closing periods). */
    private Map<LocalDate, String> closedDays = Map.of();
    private final ReadOnlyStringWrapper closedNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AgendaHours> gridHours = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<java.time.ZoneId> zone = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AgendaMode> mode = new ReadOnlyObjectWrapper<>(AgendaMode.DAY);
    private final ObjectProperty<AgendaGrouping> grouping = new SimpleObjectProperty<>(AgendaGrouping.CHAIR);
    private final ReadOnlyObjectWrapper<List<AgendaColumn>> columns = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<AppointmentView>> appointments = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Blockout>> blockouts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<WorkingSchedule> schedule = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<AppointmentView> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper loads =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private long generation;
    private final ReadOnlyObjectWrapper<List<String>> history = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper actionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StatusTransitions transitions = new StatusTransitions();
    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm", Messages.LOCALE);
    private long historyTicket;

    public AgendaViewModel(DeskSession session, TaskExecutor executor, Messages messages, Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        gridHours.set(AgendaHours.of(profile()));
        zone.set(profile().zone());
        date.set(firstOpenDayFrom(today()));
        grouping.addListener((obs, old, now) -> columns.set(buildColumns()));
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || !Objects.equals(old.id(), now.id())) {
                actionError.set("");
            }
            loadHistory(now);
        });
    }

    // ---- operations on the selected appointment

    /** The statuses the selected appointment may go to now (none when nothing is selected). */
    public Set<AppointmentStatus> allowedTransitions() {
        AppointmentView item = selected.get();
        return item == null ? EnumSet.noneOf(AppointmentStatus.class) : transitions.allowedFrom(item.status());
    }

    /** Whether "Annuler le dernier statut" makes sense: something after the booking happened to its status. */
    public boolean canUndo() {
        AppointmentView item = selected.get();
        return item != null && item.status() != AppointmentStatus.BOOKED;
    }

    public void changeStatus(AppointmentStatus to, String reason) {
        AppointmentView item = selected.get();
        if (item != null) {
            apply(() -> session.appointments().changeStatus(item.id(), to, reason), null,
                    changed -> changed.status() == AppointmentStatus.CANCELLED ? changed : null);
        }
    }

    /**
     * Called on the FX thread with the slot an appointment left (cancelled, or as it was before a move), so the
     * waitlist can offer it.
     */
    public void setOnSlotFreed(java.util.function.Consumer<AppointmentView> onSlotFreed) {
        this.onSlotFreed = onSlotFreed == null ? freed -> { } : onSlotFreed;
    }

    public void undoStatus() {
        AppointmentView item = selected.get();
        if (item != null) {
            apply(() -> session.appointments().undoStatus(item.id()), null, changed -> null);
        }
    }

    /**
     * Moves an appointment (drag and drop, the Déplacer dialog). A refusal is shown in the details panel and
     * {@code onRefused} runs (e.g. to put a dragged block back); the agenda reloads either way.
     */
    public void move(AppointmentView item, UUID chairId, UUID practitionerId, ZonedDateTime start,
                     int durationMinutes, Runnable onRefused) {
        selected.set(item);
        apply(() -> session.appointments().move(item.id(), chairId, practitionerId, start, durationMinutes),
                onRefused, moved -> moved.start().isEqual(item.start()) && java.util.Objects.equals(moved.chairId(), item.chairId())
                        && java.util.Objects.equals(moved.practitionerId(), item.practitionerId()) ? null : item);
    }

    private interface Change {
        AppointmentView run() throws UserMessageException;
    }

    private void apply(Change change, Runnable onRefused,
                       java.util.function.UnaryOperator<AppointmentView> freedSlot) {
        BackgroundTask.wrap(change::run)
                .onRunning(() -> working.set(true))
                .onSuccess(changed -> {
                    actionError.set("");
                    selected.set(changed);
                    // A move may change the shown day (the dialog): follow the appointment in day mode.
                    if (mode.get() == AgendaMode.DAY && !changed.start().toLocalDate().equals(date.get())) {
                        date.set(changed.start().toLocalDate());
                    }
                    reload();
                    AppointmentView freed = freedSlot.apply(changed);
                    if (freed != null) {
                        onSlotFreed.accept(freed);
                    }
                })
                .onFailure(failure -> {
                    actionError.set(failure instanceof UserMessageException refused ? refused.getMessage()
                            : messages.get("details.action.error"));
                    if (onRefused != null) {
                        onRefused.run();
                    }
                    reload();
                })
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    // ---- printing

    /** Where print dialogs open: the user's Documents folder when there is one, else the home folder. */
    public static java.nio.file.Path defaultExportDirectory() {
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home"));
        java.nio.file.Path documents = home.resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : home;
    }

    public String dayAgendaFileName() {
        return "agenda-" + date.get() + ".pdf";
    }

    public String cardFileName(AppointmentView item) {
        String family = item.patientName().split("\\s+")[0].replaceAll("[^\\p{L}\\p{N}-]", "");
        return "rdv-" + family.toLowerCase(Locale.FRENCH) + "-" + item.start().toLocalDate() + ".pdf";
    }

    /** Writes the shown day's agenda (read again from the service, so it is current) as PDF. */
    public void printDay(java.nio.file.Path target, java.util.function.Consumer<java.nio.file.Path> onSaved) {
        LocalDate day = date.get();
        BackgroundTask.wrap(() -> {
                    byte[] pdf = new nova.agenda.service.print.AgendaPrints(profile()).dayAgenda(day,
                            session.clinic().chairs(), session.appointments().day(day), ZonedDateTime.now(clock));
                    java.nio.file.Files.write(target, pdf);
                    return target;
                })
                .onSuccess(onSaved::accept)
                .onFailure(failure -> actionError.set(messages.format("print.error", target.getFileName())))
                .executeWith(executor);
    }

    /** Writes the appointment card of the selected appointment as PDF. */
    public void printCard(java.nio.file.Path target, java.util.function.Consumer<java.nio.file.Path> onSaved) {
        AppointmentView item = selected.get();
        if (item == null) {
            return;
        }
        BackgroundTask.wrap(() -> {
                    java.nio.file.Files.write(target,
                            new nova.agenda.service.print.AgendaPrints(profile()).appointmentCard(item));
                    return target;
                })
                .onSuccess(onSaved::accept)
                .onFailure(failure -> actionError.set(messages.format("print.error", target.getFileName())))
                .executeWith(executor);
    }

    /**
     * Refreshes what is shown after data changed underneath (sync, another window, the assistant): same date,
     * mode and grouping, the selection kept by id, the scroll position untouched (the grid is not recreated).
     */
    public void reload() {
        refresh();
    }

    private void loadHistory(AppointmentView item) {
        long ticket = ++historyTicket;
        if (item == null || item.id() == null) {
            history.set(List.of());
            return;
        }
        UUID id = item.id();
        BackgroundTask.wrap(() -> session.appointments().history(id))
                .onSuccess(changes -> {
                    if (ticket == historyTicket) {
                        history.set(changes.stream().map(this::historyLine).toList());
                    }
                })
                .onFailure(failure -> {
                    if (ticket == historyTicket) {
                        history.set(List.of());
                    }
                })
                .executeWith(executor);
    }

    /** "12/11 10:02 — admin — Confirmé". */
    String historyLine(AppointmentChange change) {
        String when = HISTORY_TIME.format(change.at().atZone(profile().zone()));
        String what = switch (change.kind()) {
            case "CREATED" -> messages.get("history.created");
            case "MOVED" -> messages.get("history.moved");
            case "STATUS_UNDONE" -> messages.format("history.undone", statusLabel(change.to()));
            default -> change.to() == AppointmentStatus.CANCELLED && change.details() != null
                    ? statusLabel(change.to()) + " (" + change.details() + ")" : statusLabel(change.to());
        };
        return when + " — " + change.username() + " — " + what;
    }

    public String statusLabel(AppointmentStatus status) {
        return status == null ? "" : messages.get("status." + status.name());
    }

    public LocalDate today() {
        return ZonedDateTime.now(clock).withZoneSameInstant(profile().zone()).toLocalDate();
    }

    /** Opening on a day off (e.g. Friday in Algiers) shows the next working day: that is what the desk prepares. */
    LocalDate firstOpenDayFrom(LocalDate day) {
        if (profile().workingDays().isEmpty()) {
            return day;
        }
        LocalDate candidate = day;
        while (!profile().workingDays().contains(candidate.getDayOfWeek())) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    public void showToday() {
        goTo(today());
    }

    public void next() {
        goTo(date.get().plusDays(mode.get() == AgendaMode.WEEK ? 7 : 1));
    }

    public void previous() {
        goTo(date.get().minusDays(mode.get() == AgendaMode.WEEK ? 7 : 1));
    }

    public void goTo(LocalDate newDate) {
        if (newDate == null) {
            return;
        }
        date.set(newDate);
        refresh();
    }

    /** After a booking: show its day and select it once loaded. */
    public void showBooked(AppointmentView booked) {
        selected.set(booked);
        if (mode.get() == AgendaMode.DAY || !firstVisibleDayOf(booked.start().toLocalDate()).equals(firstVisibleDay())) {
            date.set(booked.start().toLocalDate());
        }
        refresh();
    }

    private LocalDate firstVisibleDayOf(LocalDate day) {
        if (mode.get() == AgendaMode.DAY) {
            return day;
        }
        DayOfWeek first = firstDayOfWeek();
        while (day.getDayOfWeek() != first) {
            day = day.minusDays(1);
        }
        return day;
    }

    public void showDay() {
        setMode(AgendaMode.DAY);
    }

    public void showWeek() {
        setMode(AgendaMode.WEEK);
    }

    public void setMode(AgendaMode newMode) {
        if (mode.get() != newMode) {
            mode.set(newMode);
            refresh();
        }
    }

    /** Loads the visible range in the background; a late answer for a date no longer shown is dropped. */
    public void refresh() {
        long ticket = ++generation;
        LocalDate from = firstVisibleDay();
        LocalDate to = mode.get() == AgendaMode.WEEK ? from.plusDays(7) : from.plusDays(1);
        boolean week = mode.get() == AgendaMode.WEEK;
        title.set(buildTitle());
        // The clinic may have changed (admin settings, sync): the grid's hours follow it.
        gridHours.set(AgendaHours.of(profile()));
        zone.set(profile().zone());
        BackgroundTask.wrap(() -> new Loaded(week ? session.appointments().range(from, to)
                        : session.appointments().day(from), session.appointments().closedDays(from, to),
                        session.appointments().blockouts(from, to), session.appointments().schedule()))
                .onRunning(() -> loading.set(true))
                .onSuccess(loaded -> {
                    if (ticket != generation) {
                        return;
                    }
                    List<AppointmentView> list = loaded.appointments();
                    closedDays = Map.copyOf(loaded.closedDays());
                    updateClosedNotice();
                    error.set("");
                    // Schedule and blockouts first: the view pushes everything to the grid when columns or
                    // appointments change.
                    schedule.set(loaded.schedule());
                    blockouts.set(List.copyOf(loaded.blockouts()));
                    appointments.set(List.copyOf(list));
                    columns.set(buildColumns());
                    keepSelection(list);
                    summary.set(messages.format("main.status.count", countActive(list)));
                    loads.set(loads.get() + 1);
                })
                .onFailure(failure -> {
                    if (ticket == generation) {
                        error.set(messages.get("main.load.error"));
                    }
                })
                .onFinished(() -> {
                    if (ticket == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    /**
     * What one load brings: the visible range's appointments, closed days (with their reason) and blockouts, and
     * the schedule that shades it.
     */
    private record Loaded(List<AppointmentView> appointments, Map<LocalDate, String> closedDays,
                          List<Blockout> blockouts, WorkingSchedule schedule) {
    }

    private void updateClosedNotice() {
        String reason = mode.get() == AgendaMode.DAY ? closedDays.get(date.get()) : null;
        closedNotice.set(reason == null ? "" : messages.format("main.closedReason", reason));
    }

    private static long countActive(List<AppointmentView> list) {
        return list.stream().filter(a -> a.status() != nova.agenda.domain.AppointmentStatus.CANCELLED).count();
    }

    private void keepSelection(List<AppointmentView> list) {
        AppointmentView current = selected.get();
        if (current != null) {
            UUID id = current.id();
            selected.set(list.stream().filter(a -> Objects.equals(a.id(), id)).findFirst().orElse(null));
        }
    }

    /** Day mode: the date. Week mode: the first day of the clinic's week containing the date. */
    public LocalDate firstVisibleDay() {
        return firstVisibleDayOf(date.get());
    }

    /** The first working day that follows a day off: Sunday in Algiers, Monday in Mali. */
    DayOfWeek firstDayOfWeek() {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (profile().workingDays().contains(day) && !profile().workingDays().contains(day.minus(1))) {
                return day;
            }
        }
        return DayOfWeek.MONDAY;
    }

    private List<AgendaColumn> buildColumns() {
        List<AgendaColumn> result = new ArrayList<>();
        if (mode.get() == AgendaMode.WEEK) {
            LocalDate first = firstVisibleDay();
            for (int i = 0; i < 7; i++) {
                LocalDate day = first.plusDays(i);
                if (profile().workingDays().isEmpty() || profile().workingDays().contains(day.getDayOfWeek())) {
                    String closed = closedDays.get(day);
                    String heading = capitalize(COLUMN_DAY.format(day));
                    result.add(new AgendaColumn(day, day, closed == null ? heading : heading + " · " + closed,
                            null, closed));
                }
            }
            return result;
        }
        LocalDate day = date.get();
        boolean byPractitioner = grouping.get() == AgendaGrouping.PRACTITIONER;
        if (byPractitioner) {
            for (Practitioner practitioner : session.clinic().practitioners()) {
                result.add(resourceColumn(practitioner.id(), day, practitioner.displayName()));
            }
        } else {
            for (Chair chair : session.clinic().chairs()) {
                result.add(resourceColumn(chair.id(), day, chair.name()));
            }
        }
        // A chair or practitioner deactivated since keeps a column on the days it has appointments, so an old day
        // still shows everything that happened.
        java.util.Set<Object> shown = new java.util.HashSet<>();
        result.forEach(column -> shown.add(column.key()));
        for (AppointmentView appointment : appointments.get()) {
            UUID id = byPractitioner ? appointment.practitionerId() : appointment.chairId();
            if (id != null && shown.add(id)) {
                String name = byPractitioner ? appointment.practitionerName() : appointment.chairName();
                result.add(new AgendaColumn(id, day, messages.format("agenda.column.inactive", name), null,
                        closedDays.get(day)));
            }
        }
        return result;
    }

    /** A chair or practitioner column, shaded by its own hours when it has some. */
    private AgendaColumn resourceColumn(UUID id, LocalDate day, String name) {
        ResourceHours own = session.clinic().ownHours().get(id);
        AgendaHours hours = own == null ? null : new AgendaHours(own.opening(), own.closing(),
                own.hasBreak() ? own.breakStart() : null, own.hasBreak() ? own.breakEnd() : null, own.days());
        return new AgendaColumn(id, day, name, hours, closedDays.get(day));
    }

    private String buildTitle() {
        if (mode.get() == AgendaMode.DAY) {
            return capitalize(DAY_TITLE.format(date.get()));
        }
        List<AgendaColumn> days = buildColumns();
        LocalDate first = days.isEmpty() ? firstVisibleDay() : days.getFirst().date();
        LocalDate last = days.isEmpty() ? first.plusDays(6) : days.getLast().date();
        return messages.format("main.week.title", SHORT_DAY.format(first), SHORT_DAY.format(last),
                String.valueOf(last.getYear()));
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    /** True when the clinic does not work on the shown day (a day-view notice). */
    public boolean isClosedDay() {
        return mode.get() == AgendaMode.DAY && !profile().workingDays().contains(date.get().getDayOfWeek())
                && closedNotice.get().isEmpty();
    }

    public AgendaHours hours() {
        return gridHours.get();
    }

    /** The clinic's zone, in which the grid places appointments; follows an admin change at the next refresh. */
    public ReadOnlyObjectProperty<java.time.ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** The clinic's hours as the grid draws them; replaced when the administrator changes them. */
    public ReadOnlyObjectProperty<AgendaHours> hoursProperty() {
        return gridHours.getReadOnlyProperty();
    }

    /** « Cabinet fermé ce jour-là : Fermeture annuelle. » on a closed day in day mode, else empty. */
    public ReadOnlyStringProperty closedNoticeProperty() {
        return closedNotice.getReadOnlyProperty();
    }

    public List<Chair> chairs() {
        return session.clinic().chairs();
    }

    public List<Practitioner> practitioners() {
        return session.clinic().practitioners();
    }

    DeskSession session() {
        return session;
    }

    TaskExecutor executor() {
        return executor;
    }

    Clock clock() {
        return clock;
    }

    /** The clinic as it is now: the administrator may change it while the agenda is open. */
    public ClinicProfile profile() {
        return session.clinic().profile();
    }

    public String groupingLabel(AgendaGrouping value) {
        if (value == AgendaGrouping.PRACTITIONER) {
            return messages.get("main.byPractitioner");
        }
        return messages.get(profile().kind() == ClinicKind.CSCOM ? "main.byRoom" : "main.byChair");
    }

    public String statusUser() {
        return messages.format("main.status.user", session.username());
    }

    public String clinicName() {
        return profile().name();
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() { return date.getReadOnlyProperty(); }
    public LocalDate getDate() { return date.get(); }
    public ReadOnlyObjectProperty<AgendaMode> modeProperty() { return mode.getReadOnlyProperty(); }
    public AgendaMode getMode() { return mode.get(); }
    public ObjectProperty<AgendaGrouping> groupingProperty() { return grouping; }
    public ReadOnlyObjectProperty<List<AgendaColumn>> columnsProperty() { return columns.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<AppointmentView>> appointmentsProperty() {
        return appointments.getReadOnlyProperty();
    }
    public List<AppointmentView> getAppointments() { return appointments.get(); }
    /** The blockouts overlapping the visible range, as loaded with the appointments. */
    public ReadOnlyObjectProperty<List<Blockout>> blockoutsProperty() { return blockouts.getReadOnlyProperty(); }
    public List<Blockout> getBlockouts() { return blockouts.get(); }
    /** The clinic's schedule (per chair or practitioner hours included) as of the last load; null before it. */
    public ReadOnlyObjectProperty<WorkingSchedule> scheduleProperty() { return schedule.getReadOnlyProperty(); }
    public WorkingSchedule getSchedule() { return schedule.get(); }
    public ObjectProperty<AppointmentView> selectedProperty() { return selected; }
    /** Counts completed loads: a listener knows the agenda content was just replaced. */
    public javafx.beans.property.ReadOnlyIntegerProperty loadsProperty() { return loads.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The selected appointment's history lines, oldest first. */
    public ReadOnlyObjectProperty<List<String>> historyProperty() { return history.getReadOnlyProperty(); }
    /** The last refusal of an operation (French), empty when the last one went through. */
    public ReadOnlyStringProperty actionErrorProperty() { return actionError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty workingProperty() { return working.getReadOnlyProperty(); }
}
