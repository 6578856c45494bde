package nova.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.Holiday;
import nova.common.Ids;
import nova.ui.session.AgendaAdmin;
import nova.ui.session.ClinicSnapshot;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/**
 * « Réglages › Agenda »: the double-booking policy, the public holidays of the year and the one-off blockouts of
 * the coming weeks. Each change is saved at once, then the lists are read again.
 */
public final class AgendaSettingsViewModel {

    /** How far ahead the blockout list looks. */
    static final int BLOCKOUT_WEEKS = 8;

    /** A resource a blockout can take: a chair, a practitioner, or the whole clinic (null id). */
    public record Resource(UUID id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AgendaAdmin admin;
    private final ClinicSnapshot clinic;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<DoubleBookingPolicy> policy = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Holiday>> holidays = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Blockout>> blockouts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean loading;

    public AgendaSettingsViewModel(AgendaAdmin admin, ClinicSnapshot clinic, TaskExecutor executor,
                                   Messages messages, Clock clock) {
        this.admin = Objects.requireNonNull(admin);
        this.clinic = Objects.requireNonNull(clinic);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        policy.addListener((obs, old, now) -> {
            if (!loading && now != null && old != null && now != old) {
                savePolicy(now);
            }
        });
    }

    private ZoneId zone() {
        return clinic.profile().zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public void load() {
        LocalDate today = today();
        BackgroundTask.wrap(() -> new Loaded(admin.doubleBookingPolicy(), admin.holidaysOf(today.getYear()),
                        admin.blockouts(today, today.plusWeeks(BLOCKOUT_WEEKS))))
                .onSuccess(loaded -> {
                    loading = true;
                    policy.set(loaded.policy());
                    loading = false;
                    holidays.set(loaded.holidays());
                    blockouts.set(loaded.blockouts());
                })
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    private record Loaded(DoubleBookingPolicy policy, List<Holiday> holidays, List<Blockout> blockouts) {
    }

    private void savePolicy(DoubleBookingPolicy chosen) {
        change(() -> admin.saveDoubleBookingPolicy(chosen));
    }

    public void addHoliday(LocalDate date, String name) {
        if (date == null || name == null || name.isBlank()) {
            error.set(messages.get("settings.agenda.holiday.missing"));
            return;
        }
        change(() -> admin.addHoliday(date, name.strip()));
    }

    public void removeHoliday(Holiday holiday) {
        change(() -> admin.removeHoliday(holiday.date()));
    }

    /** A blockout on {@code date} from {@code start} to {@code end}, clinic time; refused when the times are wrong. */
    public void addBlockout(Resource resource, LocalDate date, String start, String end, String reason) {
        LocalTime from;
        LocalTime to;
        try {
            from = LocalTime.parse(start.strip().replace('h', ':'));
            to = LocalTime.parse(end.strip().replace('h', ':'));
        } catch (RuntimeException unreadable) {
            error.set(messages.get("settings.agenda.blockout.time"));
            return;
        }
        if (date == null || !to.isAfter(from)) {
            error.set(messages.get("settings.agenda.blockout.time"));
            return;
        }
        Blockout blockout = new Blockout(Ids.newId(), resource == null ? null : resource.id(),
                date.atTime(from).atZone(zone()).toInstant(), date.atTime(to).atZone(zone()).toInstant(),
                reason == null ? "" : reason.strip());
        change(() -> admin.addBlockout(blockout));
    }

    public void removeBlockout(Blockout blockout) {
        change(() -> admin.removeBlockout(blockout.id()));
    }

    /** Pastes a copy of {@code blockout} on {@code date}: same resource, clock times, length and reason. */
    public void copyBlockout(Blockout blockout, LocalDate date) {
        if (date == null) {
            return;
        }
        LocalTime start = blockout.start().atZone(zone()).toLocalTime();
        change(() -> admin.addBlockout(blockout.copyAt(date.atTime(start).atZone(zone()))));
    }

    private void change(Runnable work) {
        error.set("");
        BackgroundTask.wrap(work)
                .onSuccess(done -> {
                    status.set(messages.get("settings.saved"));
                    load();
                })
                .onFailure(failure -> {
                    error.set(messages.get("settings.error"));
                    load();
                })
                .executeWith(executor);
    }

    public List<Resource> resources() {
        List<Resource> all = new ArrayList<>();
        all.add(new Resource(null, messages.get("settings.agenda.wholeClinic")));
        clinic.chairs().forEach(c -> all.add(new Resource(c.id(), c.name())));
        clinic.practitioners().forEach(p -> all.add(new Resource(p.id(), p.displayName())));
        return all;
    }

    public String resourceLabel(UUID id) {
        return resources().stream().filter(r -> Objects.equals(r.id(), id)).map(Resource::label).findFirst()
                .orElse("?");
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Messages.LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String holidayText(Holiday holiday) {
        return DAY.format(holiday.date()) + " · " + holiday.name();
    }

    public String blockoutText(Blockout blockout) {
        var start = blockout.start().atZone(zone());
        var end = blockout.end().atZone(zone());
        String when = start.toLocalDate().equals(end.toLocalDate())
                ? DAY.format(start) + " " + TIME.format(start) + "-" + TIME.format(end)
                : DAY.format(start) + " " + TIME.format(start) + " → " + DAY.format(end) + " " + TIME.format(end);
        return when + " · " + resourceLabel(blockout.resourceId())
                + (blockout.reason().isBlank() ? "" : " · " + blockout.reason());
    }

    public ObjectProperty<DoubleBookingPolicy> policyProperty() { return policy; }
    public ReadOnlyObjectProperty<List<Holiday>> holidaysProperty() { return holidays.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<Blockout>> blockoutsProperty() { return blockouts.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
