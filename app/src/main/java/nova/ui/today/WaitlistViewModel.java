package nova.ui.today;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.WaitlistLine;
import nova.agenda.domain.WaitlistWish;
import nova.ui.session.DeskSession;
import nova.ui.session.WaitlistDesk;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * The « Liste d'attente » tab: the open requests, adding and removing one, and, when the agenda frees a slot
 * (a cancellation, a move), the requests it suits so that one can be booked into it at once.
 */
public final class WaitlistViewModel {

    private final DeskSession session;
    private final WaitlistDesk waitlist;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<List<WaitlistLine>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public WaitlistViewModel(DeskSession session, WaitlistDesk waitlist, TaskExecutor executor, Messages messages,
                             Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.waitlist = Objects.requireNonNull(waitlist);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    public void refresh() {
        BackgroundTask.wrap(waitlist::waiting)
                .onSuccess(list -> lines.set(List.copyOf(list)))
                .executeWith(executor);
    }

    /** Adds a request; {@code onAdded} runs once it is saved, a refusal goes to {@link #errorProperty()}. */
    public void add(WaitlistWish wish, Runnable onAdded) {
        BackgroundTask.wrap(() -> waitlist.add(wish))
                .onSuccess(added -> {
                    error.set("");
                    refresh();
                    if (onAdded != null) {
                        onAdded.run();
                    }
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    public void remove(UUID entryId) {
        BackgroundTask.wrap(() -> waitlist.remove(entryId))
                .onSuccess(done -> refresh())
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /** The requests the freed slot suits, given to {@code onOffers} only when there is at least one. */
    public void offersFor(AppointmentView freed, Consumer<List<WaitlistLine>> onOffers) {
        BackgroundTask.wrap(() -> waitlist.offersFor(freed))
                .onSuccess(offers -> {
                    // Nothing changed when nothing fits: no reload (the session may be closing after a move).
                    if (!offers.isEmpty()) {
                        refresh();
                        onOffers.accept(offers);
                    }
                })
                .executeWith(executor);
    }

    /** Books the request into the freed slot; {@code onBooked} gets the new appointment. */
    public void bookOffer(WaitlistLine line, AppointmentView freed, Consumer<AppointmentView> onBooked) {
        BackgroundTask.wrap(() -> waitlist.bookOffer(line.entry().id(), freed))
                .onSuccess(booked -> {
                    error.set("");
                    refresh();
                    onBooked.accept(booked);
                })
                .onFailure(failure -> {
                    showFailure(failure);
                    refresh();
                })
                .executeWith(executor);
    }

    private void showFailure(Throwable failure) {
        error.set(failure instanceof UserMessageException refused ? refused.getMessage()
                : messages.get("waitlist.error"));
    }

    /** « Créneau libéré : 2 patients de la liste d'attente conviennent ». */
    public String offersNotice(int count) {
        return count == 1 ? messages.get("waitlist.offer.one") : messages.format("waitlist.offer.many", count);
    }

    public String careLabel(String code) {
        return session.clinic().careTypes().stream().filter(c -> c.code().equals(code)).map(c -> c.label())
                .findFirst().orElse(code);
    }

    /** The wish in a few words: « lun., mar. · 08:00-12:00 · Dr Amrani » or « Dès que possible ». */
    public String wishText(WaitlistWish wish) {
        StringBuilder text = new StringBuilder();
        for (DayOfWeek day : wish.preferredDays().stream().sorted().toList()) {
            text.append(text.isEmpty() ? "" : ", ").append(day.getDisplayName(TextStyle.SHORT, Locale.FRENCH));
        }
        if (wish.dayPart() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(wish.dayPart());
        }
        if (wish.practitionerId() != null) {
            session.clinic().practitioners().stream().filter(p -> p.id().equals(wish.practitionerId()))
                    .findFirst().ifPresent(p -> text.append(text.isEmpty() ? "" : " · ").append(p.displayName()));
        }
        return text.isEmpty() ? messages.get("waitlist.wish.any") : text.toString();
    }

    /** « depuis 3 j » / « depuis aujourd'hui ». */
    public String sinceText(WaitlistLine line) {
        long days = Duration.between(line.entry().requestedAt(), clock.instant()).toDays();
        return days <= 0 ? messages.get("waitlist.since.today") : messages.format("waitlist.since.days", days);
    }

    public ReadOnlyObjectProperty<List<WaitlistLine>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public DeskSession session() {
        return session;
    }
}
