package nova.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Recall;
import nova.agenda.service.RecallRules;
import nova.ui.session.DeskSession;
import nova.ui.support.BackgroundTask;
import nova.ui.support.TaskExecutor;

/**
 * The recall list (détartrage every 6 months, overdue a month later): patients due, overdue or due within a month,
 * from the last 18 months of finished appointments, leaving out those who already have that care booked.
 */
public final class RecallViewModel {

    /** How far back finished care is read: one interval and its tolerance, with room to spare. */
    static final Period LOOK_BACK = Period.ofMonths(18);
    static final Period LOOK_AHEAD = Period.ofMonths(1);

    private final DeskSession session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final RecallRules rules = new RecallRules(List.of(RecallRules.scalingEverySixMonths()));
    private final ReadOnlyObjectWrapper<List<Recall>> recalls = new ReadOnlyObjectWrapper<>(List.of());

    public RecallViewModel(DeskSession session, TaskExecutor executor, Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
    }

    public void refresh() {
        LocalDate today = ZonedDateTime.now(clock).withZoneSameInstant(session.clinic().profile().zone())
                .toLocalDate();
        BackgroundTask.wrap(() -> {
                    List<AppointmentView> past = session.appointments().range(today.minus(LOOK_BACK), today.plusDays(1));
                    List<AppointmentView> future = session.appointments().range(today, today.plusYears(1));
                    Set<String> booked = new HashSet<>();
                    for (AppointmentView a : future) {
                        if (a.status().occupiesTime() && a.patientId() != null) {
                            booked.add(RecallRules.bookedKey(a.patientId(), a.careTypeCode()));
                        }
                    }
                    return rules.recalls(RecallRules.lastCares(past), booked, today, LOOK_AHEAD);
                })
                .onSuccess(list -> recalls.set(List.copyOf(list)))
                .executeWith(executor);
    }

    public String careLabel(String code) {
        return session.clinic().careTypes().stream().filter(c -> c.code().equals(code)).map(c -> c.label())
                .findFirst().orElse(code);
    }

    public ReadOnlyObjectProperty<List<Recall>> recallsProperty() { return recalls.getReadOnlyProperty(); }
}
