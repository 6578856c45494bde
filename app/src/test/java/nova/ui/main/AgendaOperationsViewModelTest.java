package nova.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;

/** Status changes, undo, moves and reload of the agenda view model, without the toolkit. */
class AgendaOperationsViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(DAY, LocalTime.of(8, 0), InMemoryDesk.ALGIERS).toInstant(), InMemoryDesk.ALGIERS);

    private final InMemoryDesk desk = new InMemoryDesk();
    private final AgendaViewModel viewModel =
            new AgendaViewModel(desk, new CurrentThreadTaskExecutor(), new Messages(), CLOCK);

    private AppointmentView add(int chair, int hour) {
        AppointmentView a = InMemoryDesk.appointment(desk.clinic(), desk.patientList().get(chair), 0, chair, chair % 2,
                ZonedDateTime.of(DAY, LocalTime.of(hour, 0), InMemoryDesk.ALGIERS), AppointmentStatus.BOOKED);
        desk.add(a);
        return a;
    }

    @Test
    void confirmingEnablesTheNextStepsAndUndoReturnsToBooked() {
        AppointmentView a = add(0, 9);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.getAppointments().getFirst());
        assertEquals(EnumSet.of(AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED, AppointmentStatus.CANCELLED,
                AppointmentStatus.NO_SHOW), viewModel.allowedTransitions());
        assertFalse(viewModel.canUndo());

        viewModel.changeStatus(AppointmentStatus.CONFIRMED, null);

        assertEquals(AppointmentStatus.CONFIRMED, viewModel.selectedProperty().get().status());
        assertEquals(a.id(), viewModel.selectedProperty().get().id());
        assertFalse(viewModel.allowedTransitions().contains(AppointmentStatus.CONFIRMED));
        assertTrue(viewModel.canUndo());
        assertEquals(1, viewModel.historyProperty().get().size());
        assertTrue(viewModel.historyProperty().get().getFirst().endsWith("— admin — Confirmé"),
                viewModel.historyProperty().get().getFirst());

        viewModel.undoStatus();

        assertEquals(AppointmentStatus.BOOKED, viewModel.selectedProperty().get().status());
        assertEquals(AppointmentStatus.BOOKED, desk.day(DAY).getFirst().status());
    }

    @Test
    void aRefusedTransitionIsShownAndChangesNothing() {
        add(0, 9);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.getAppointments().getFirst());

        viewModel.changeStatus(AppointmentStatus.DONE, null);

        assertFalse(viewModel.actionErrorProperty().get().isBlank());
        assertEquals(AppointmentStatus.BOOKED, desk.day(DAY).getFirst().status());
        assertEquals(AppointmentStatus.BOOKED, viewModel.selectedProperty().get().status());
    }

    @Test
    void aMoveOntoAnOccupiedChairIsRefusedAndTheBlockStays() {
        AppointmentView a = add(0, 9);
        AppointmentView b = add(1, 10);
        viewModel.refresh();
        boolean[] putBack = {false};

        viewModel.move(a, b.chairId(), a.practitionerId(), b.start(), 0, () -> putBack[0] = true);

        assertTrue(putBack[0]);
        assertTrue(viewModel.actionErrorProperty().get().contains("déjà occupé"),
                viewModel.actionErrorProperty().get());
        assertEquals(a.start(), desk.day(DAY).stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow()
                .start());
    }

    @Test
    void aMoveIsSavedAndTheSelectionFollowsIt() {
        AppointmentView a = add(0, 9);
        viewModel.refresh();
        ZonedDateTime eleven = ZonedDateTime.of(DAY, LocalTime.of(11, 15), InMemoryDesk.ALGIERS);

        viewModel.move(a, desk.clinic().chairs().get(2).id(), a.practitionerId(), eleven, 45, null);

        AppointmentView moved = viewModel.selectedProperty().get();
        assertEquals(a.id(), moved.id());
        assertEquals(eleven, moved.start());
        assertEquals(eleven.plusMinutes(45), moved.end());
        assertEquals("Fauteuil 3", moved.chairName());
        assertEquals("", viewModel.actionErrorProperty().get());
    }

    @Test
    void reloadKeepsDateModeAndSelectionById() {
        AppointmentView a = add(0, 9);
        viewModel.goTo(DAY);
        viewModel.selectedProperty().set(viewModel.getAppointments().getFirst());
        AppointmentView other = add(2, 14);

        viewModel.reload();

        assertEquals(DAY, viewModel.getDate());
        assertEquals(a.id(), viewModel.selectedProperty().get().id());
        assertTrue(viewModel.getAppointments().stream().anyMatch(x -> x.id().equals(other.id())));
    }

    @Test
    void printsTheShownDayAndTheSelectedCardAsPdf(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        add(0, 9);
        viewModel.goTo(DAY);
        viewModel.selectedProperty().set(viewModel.getAppointments().getFirst());
        assertEquals("agenda-2026-11-25.pdf", viewModel.dayAgendaFileName());
        assertEquals("rdv-benali-2026-11-25.pdf", viewModel.cardFileName(viewModel.selectedProperty().get()));
        java.util.List<java.nio.file.Path> saved = new java.util.ArrayList<>();

        viewModel.printDay(dir.resolve("jour.pdf"), saved::add);
        viewModel.printCard(dir.resolve("carte.pdf"), saved::add);

        assertEquals(java.util.List.of(dir.resolve("jour.pdf"), dir.resolve("carte.pdf")), saved);
        try (var day = org.apache.pdfbox.Loader.loadPDF(dir.resolve("jour.pdf").toFile());
             var card = org.apache.pdfbox.Loader.loadPDF(dir.resolve("carte.pdf").toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            String dayText = stripper.getText(day);
            assertTrue(dayText.contains("Agenda du mercredi 25 novembre 2026"), dayText);
            assertTrue(dayText.contains("Benali Yacine"), dayText);
            String cardText = stripper.getText(card).replaceAll("\\s+", " ");
            assertTrue(cardText.contains("Mercredi 25 novembre 2026 à 09:00"), cardText);
        }
    }

    @Test
    void aPrintThatCannotBeWrittenSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        viewModel.goTo(DAY);
        viewModel.printDay(dir.resolve("absent").resolve("jour.pdf"), path -> { });
        assertTrue(viewModel.actionErrorProperty().get().contains("jour.pdf"), viewModel.actionErrorProperty().get());
    }
}
