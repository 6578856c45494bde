package nova.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.Holiday;
import nova.ui.agenda.BlockoutBand;
import nova.ui.agenda.SlotRequest;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.session.AgendaAdmin;
import nova.ui.session.AppointmentBook;
import nova.ui.session.ClinicSnapshot;
import nova.ui.session.DeskSession;
import nova.ui.session.PatientDirectory;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import nova.ui.support.UserMessageException;
import org.junit.jupiter.api.Test;

/** Cut, copy and paste of blockouts as the grid asks them, without the toolkit: what reaches the store. */
class BlockoutActionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(DAY, LocalTime.of(8, 0), InMemoryDesk.ALGIERS).toInstant(), InMemoryDesk.ALGIERS);

    private final InMemoryDesk desk = new InMemoryDesk();
    private final RecordingAdmin admin = new RecordingAdmin();
    private final UUID chair1 = desk.clinic().chairs().get(0).id();
    private final UUID chair2 = desk.clinic().chairs().get(1).id();
    private final Blockout maintenance = new Blockout(UUID.randomUUID(), chair1, at(10, 0), at(11, 0), "Maintenance");

    private BlockoutActions actions(boolean administrator) {
        DeskSession session = new AdminSession(desk, administrator ? Optional.of(admin) : Optional.empty());
        AgendaViewModel agenda = new AgendaViewModel(session, new CurrentThreadTaskExecutor(), new Messages(), CLOCK);
        return new BlockoutActions(agenda, new CurrentThreadTaskExecutor(), new Messages());
    }

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(DAY, LocalTime.of(hour, minute), InMemoryDesk.ALGIERS).toInstant();
    }

    @Test
    void aCopyPastedInADayColumnTakesThatChairAndTheSlotsTime() {
        BlockoutActions actions = actions(true);

        actions.copy(maintenance);
        actions.paste(new SlotRequest(chair2, DAY.plusDays(1), LocalTime.of(14, 30)));
        actions.paste(new SlotRequest(chair1, DAY.plusDays(2), LocalTime.of(9, 0)));

        assertEquals(List.of("copy " + maintenance.id() + " " + ZonedDateTime.of(DAY.plusDays(1), LocalTime.of(14, 30),
                        InMemoryDesk.ALGIERS).toInstant() + " " + chair2,
                "copy " + maintenance.id() + " " + ZonedDateTime.of(DAY.plusDays(2), LocalTime.of(9, 0),
                        InMemoryDesk.ALGIERS).toInstant() + " " + chair1), admin.calls);
        assertEquals("Blocage collé.", actions.noticeProperty().get());
        assertFalse(actions.noticeIsErrorProperty().get());
    }

    @Test
    void aCutIsMovedOnceThenTheClipboardIsEmpty() {
        BlockoutActions actions = actions(true);

        actions.cut(maintenance);
        assertTrue(actions.bands(List.of(maintenance), AgendaMode.DAY).getFirst().cut(), "drawn faded until pasted");
        actions.paste(new SlotRequest(chair1, DAY, LocalTime.of(15, 0)));

        assertEquals(List.of("move " + maintenance.id() + " " + at(15, 0) + " " + chair1), admin.calls);
        assertNull(actions.clipboardProperty().get());
        assertFalse(actions.canPaste());
    }

    @Test
    void inTheWeekAPasteKeepsTheResourceAndAClinicWideBlockoutStaysClinicWide() {
        BlockoutActions actions = actions(true);
        Blockout clinicWide = new Blockout(UUID.randomUUID(), null, at(15, 0), at(16, 0), "Formation");

        actions.copy(maintenance);
        actions.paste(new SlotRequest(DAY.plusDays(1), DAY.plusDays(1), LocalTime.of(8, 0)));
        actions.copy(clinicWide);
        actions.paste(new SlotRequest(chair2, DAY, LocalTime.of(13, 0)));

        assertTrue(admin.calls.get(0).endsWith(" " + chair1), admin.calls.get(0));
        assertTrue(admin.calls.get(1).endsWith(" null"), admin.calls.get(1));
    }

    @Test
    void aRefusalIsShownWithTheStoresFrenchReasonAndACutStaysOnTheClipboard() {
        BlockoutActions actions = actions(true);
        admin.refusal = "Le fauteuil 2 est déjà occupé de 10:00 à 10:30 par BENALI Yacine (Consultation).";

        actions.cut(maintenance);
        actions.paste(new SlotRequest(chair2, DAY, LocalTime.of(9, 45)));

        assertEquals("Blocage impossible : " + admin.refusal, actions.noticeProperty().get());
        assertTrue(actions.noticeIsErrorProperty().get());
        assertTrue(actions.canPaste(), "the cut blockout can still be pasted elsewhere");
    }

    @Test
    void pastingWithoutAClickedSlotAsksForOne() {
        BlockoutActions actions = actions(true);

        actions.copy(maintenance);
        actions.paste(null);

        assertTrue(admin.calls.isEmpty());
        assertEquals("Cliquez d’abord un créneau libre, puis Ctrl+V.", actions.noticeProperty().get());
    }

    @Test
    void withoutTheAdministratorsRightsNothingIsCutCopiedOrPasted() {
        BlockoutActions actions = actions(false);

        actions.copy(maintenance);
        actions.paste(new SlotRequest(chair2, DAY, LocalTime.of(14, 0)));
        actions.delete(maintenance);

        assertFalse(actions.canEdit());
        assertNull(actions.clipboardProperty().get());
        assertTrue(admin.calls.isEmpty());
    }

    @Test
    void inTheWeekABandNamesItsChairOrPractitioner() {
        BlockoutActions actions = actions(false);
        Blockout unnamed = new Blockout(UUID.randomUUID(), desk.clinic().practitioners().getFirst().id(), at(14, 0),
                at(15, 0), "");

        List<BlockoutBand> week = actions.bands(List.of(maintenance, unnamed), AgendaMode.WEEK);
        List<BlockoutBand> day = actions.bands(List.of(maintenance), AgendaMode.DAY);

        assertEquals("Fauteuil 1 · Maintenance", week.get(0).text());
        assertEquals("Dr Amina Benali · Créneau bloqué", week.get(1).text());
        assertEquals("Maintenance", day.getFirst().text());
        assertEquals("Bloqué de 10:00 à 11:00 — Fauteuil 1 — Maintenance", day.getFirst().detail());
    }

    @Test
    void blockingASlotSendsTheChosenResourceEndAndReason() {
        BlockoutActions actions = actions(true);

        actions.block(new SlotRequest(chair1, DAY, LocalTime.of(9, 15)), null, LocalTime.of(10, 0), "  Réunion ");

        assertEquals(List.of("place null " + at(9, 15) + "-" + at(10, 0) + " Réunion"), admin.calls);
    }

    /** The in-memory desk, with or without the administrator's agenda settings. */
    private record AdminSession(InMemoryDesk desk, Optional<AgendaAdmin> admin) implements DeskSession {

        @Override
        public String username() {
            return desk.username();
        }

        @Override
        public ClinicSnapshot clinic() {
            return desk.clinic();
        }

        @Override
        public AppointmentBook appointments() {
            return desk;
        }

        @Override
        public PatientDirectory patients() {
            return desk;
        }

        @Override
        public Optional<AgendaAdmin> agendaAdmin() {
            return admin;
        }

        @Override
        public void close() {
        }
    }

    /** Records what reaches the store; refuses with {@code refusal} when set. */
    private static final class RecordingAdmin implements AgendaAdmin {

        final List<String> calls = new ArrayList<>();
        String refusal;

        @Override
        public Blockout placeBlockout(Blockout blockout) throws UserMessageException {
            refuseIfAsked();
            calls.add("place " + blockout.resourceId() + " " + blockout.start() + "-" + blockout.end() + " "
                    + blockout.reason());
            return blockout;
        }

        @Override
        public Blockout moveBlockout(UUID id, Instant start, UUID resourceId) throws UserMessageException {
            refuseIfAsked();
            calls.add("move " + id + " " + start + " " + resourceId);
            return null;
        }

        @Override
        public Blockout copyBlockout(UUID id, Instant start, UUID resourceId) throws UserMessageException {
            refuseIfAsked();
            calls.add("copy " + id + " " + start + " " + resourceId);
            return null;
        }

        @Override
        public void removeBlockout(UUID id) {
            calls.add("remove " + id);
        }

        private void refuseIfAsked() throws UserMessageException {
            if (refusal != null) {
                throw new UserMessageException(refusal);
            }
        }

        @Override
        public DoubleBookingPolicy doubleBookingPolicy() {
            return DoubleBookingPolicy.REFUSE;
        }

        @Override
        public void saveDoubleBookingPolicy(DoubleBookingPolicy policy) {
        }

        @Override
        public List<Holiday> holidaysOf(int year) {
            return List.of();
        }

        @Override
        public void addHoliday(LocalDate date, String name) {
        }

        @Override
        public void removeHoliday(LocalDate date) {
        }

        @Override
        public List<Blockout> blockouts(LocalDate from, LocalDate toExclusive) {
            return List.of();
        }

        @Override
        public void addBlockout(Blockout blockout) {
        }
    }
}
