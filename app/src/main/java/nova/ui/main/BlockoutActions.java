package nova.ui.main;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nova.agenda.domain.Blockout;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.ui.agenda.BlockoutBand;
import nova.ui.agenda.SlotRequest;
import nova.ui.session.AgendaAdmin;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * Blockouts in the agenda grid: how they are labelled, and what an administrator does with them right there
 * (block an empty slot, cut, copy, paste at the slot clicked last, delete). Only an administrator manages
 * blockouts (as in « Réglages › Agenda »): without {@link AgendaAdmin} every command does nothing. Store calls run
 * through a {@link BackgroundTask}; a refusal (an appointment under the paste, outside the hours) is shown in the
 * notice with the booking rules' French text.
 */
public final class BlockoutActions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Messages.LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Messages.LOCALE);

    /** What was cut or copied; a cut is moved by the next paste, a copy can be pasted again and again. */
    public record Clip(Blockout blockout, boolean cut) {
    }

    private final AgendaViewModel agenda;
    private final Optional<AgendaAdmin> admin;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Clip> clipboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper noticeFades = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private Runnable onSaved = () -> { };

    public BlockoutActions(AgendaViewModel agenda, TaskExecutor executor, Messages messages) {
        this.agenda = Objects.requireNonNull(agenda);
        this.admin = agenda.session().agendaAdmin();
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Whether the logged-in user may block, move, copy and delete blockouts (an administrator). */
    public boolean canEdit() {
        return admin.isPresent();
    }

    // ---- labels

    /** The grid's bands for the loaded blockouts: in the week, a chair's or practitioner's is named. */
    public List<BlockoutBand> bands(List<Blockout> blockouts, AgendaMode mode) {
        Clip clip = clipboard.get();
        return blockouts.stream().map(b -> new BlockoutBand(b, text(b, mode), detail(b),
                clip != null && clip.cut() && clip.blockout().id().equals(b.id()))).toList();
    }

    String text(Blockout blockout, AgendaMode mode) {
        String reason = blockout.reason().isBlank() ? messages.get("blockout.default") : blockout.reason();
        if (mode == AgendaMode.WEEK && !blockout.wholeClinic()) {
            return resourceName(blockout.resourceId()) + " · " + reason;
        }
        return reason;
    }

    /** « Bloqué de 10:00 à 11:00 — Fauteuil 2 — Maintenance » (tooltip, confirmation). */
    public String detail(Blockout blockout) {
        ZoneId zone = agenda.profile().zone();
        ZonedDateTime start = blockout.start().atZone(zone);
        ZonedDateTime end = blockout.end().atZone(zone);
        String period = start.toLocalDate().equals(end.toLocalDate())
                ? messages.format("blockout.period.sameDay", TIME.format(start), TIME.format(end))
                : messages.format("blockout.period.days", DAY.format(start) + " " + TIME.format(start),
                DAY.format(end) + " " + TIME.format(end));
        String who = blockout.wholeClinic() ? messages.get("blockout.wholeClinic") : resourceName(blockout.resourceId());
        String reason = blockout.reason().isBlank() ? "" : " — " + blockout.reason();
        return period + " — " + who + reason;
    }

    String resourceName(UUID id) {
        for (Chair chair : agenda.chairs()) {
            if (chair.id().equals(id)) {
                return chair.name();
            }
        }
        for (Practitioner practitioner : agenda.practitioners()) {
            if (practitioner.id().equals(id)) {
                return practitioner.displayName();
            }
        }
        return "?";
    }

    // ---- commands

    public void cut(Blockout blockout) {
        if (canEdit() && blockout != null) {
            clipboard.set(new Clip(blockout, true));
            info(messages.get("blockout.notice.cut"));
        }
    }

    public void copy(Blockout blockout) {
        if (canEdit() && blockout != null) {
            clipboard.set(new Clip(blockout, false));
            info(messages.get("blockout.notice.copied"));
        }
    }

    public boolean canPaste() {
        return canEdit() && clipboard.get() != null;
    }

    /**
     * Pastes what was cut or copied at {@code slot}: same length and reason, starting at the slot. In the day view
     * a chair's or practitioner's blockout takes the column's resource; a clinic-wide one stays clinic-wide; in
     * the week (columns are days) the resource is kept.
     */
    public void paste(SlotRequest slot) {
        Clip clip = clipboard.get();
        if (!canEdit() || clip == null) {
            return;
        }
        if (slot == null) {
            error(messages.get("blockout.notice.noSlot"));
            return;
        }
        Blockout blockout = clip.blockout();
        UUID resource = blockout.wholeClinic() ? null
                : slot.columnKey() instanceof UUID column ? column : blockout.resourceId();
        Instant start = ZonedDateTime.of(slot.date(), slot.time(), agenda.profile().zone()).toInstant();
        AgendaAdmin desk = admin.orElseThrow();
        run(() -> clip.cut() ? desk.moveBlockout(blockout.id(), start, resource)
                        : desk.copyBlockout(blockout.id(), start, resource),
                messages.get(clip.cut() ? "blockout.notice.moved" : "blockout.notice.pasted"),
                () -> {
                    if (clip.cut()) {
                        clipboard.set(null);
                    }
                });
    }

    /** Blocks a new period from an empty slot (« Bloquer ce créneau… »); a null resource blocks the clinic. */
    public void block(SlotRequest slot, UUID resource, LocalTime end, String reason) {
        if (!canEdit() || slot == null || end == null) {
            return;
        }
        ZoneId zone = agenda.profile().zone();
        ZonedDateTime from = ZonedDateTime.of(slot.date(), slot.time(), zone);
        ZonedDateTime to = end.equals(LocalTime.MIDNIGHT) ? from.toLocalDate().plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(slot.date(), end, zone);
        if (!to.isAfter(from)) {
            error(messages.get("blockout.notice.endBeforeStart"));
            return;
        }
        Blockout blockout = new Blockout(UUID.randomUUID(), resource, from.toInstant(), to.toInstant(),
                reason == null ? "" : reason.strip());
        AgendaAdmin desk = admin.orElseThrow();
        run(() -> desk.placeBlockout(blockout), messages.get("blockout.notice.placed"), () -> { });
    }

    /** Deletes a blockout; the view asks for confirmation first. */
    public void delete(Blockout blockout) {
        if (!canEdit() || blockout == null) {
            return;
        }
        AgendaAdmin desk = admin.orElseThrow();
        run(() -> {
            desk.removeBlockout(blockout.id());
            return blockout;
        }, messages.get("blockout.notice.deleted"), () -> {
            Clip clip = clipboard.get();
            if (clip != null && clip.cut() && clip.blockout().id().equals(blockout.id())) {
                clipboard.set(null);
            }
        });
    }

    /** Runs on the FX thread after each saved change (the view clears the pasted-on slot). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved == null ? () -> { } : onSaved;
    }

    public void clearNotice() {
        notice.set("");
        noticeIsError.set(false);
        noticeFades.set(false);
    }

    private interface Change {
        Blockout run() throws UserMessageException;
    }

    private void run(Change change, String success, Runnable afterSuccess) {
        BackgroundTask.wrap(change::run)
                .onRunning(() -> working.set(true))
                .onSuccess(done -> {
                    afterSuccess.run();
                    onSaved.run();
                    info(success);
                    noticeFades.set(true);
                    agenda.reload();
                })
                .onFailure(failure -> {
                    error(failure instanceof UserMessageException refused
                            ? messages.format("blockout.notice.refused", refused.getMessage())
                            : messages.get("blockout.notice.error"));
                    agenda.reload();
                })
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    private void info(String text) {
        noticeIsError.set(false);
        noticeFades.set(false);
        notice.set(text);
    }

    private void error(String text) {
        noticeIsError.set(true);
        noticeFades.set(false);
        notice.set(text);
    }

    public ReadOnlyObjectProperty<Clip> clipboardProperty() { return clipboard.getReadOnlyProperty(); }
    /** The last outcome (French): a hint after cut or copy, the refusal of a paste; empty when dismissed. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty noticeIsErrorProperty() { return noticeIsError.getReadOnlyProperty(); }
    /** True for a plain confirmation (« Blocage déplacé. »), which the view may hide after a while. */
    public ReadOnlyBooleanProperty noticeFadesProperty() { return noticeFades.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty workingProperty() { return working.getReadOnlyProperty(); }
}
