package nova.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.app.WorkstationDesk;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Réglages › Agenda » on a real store, without the toolkit. */
class AgendaSettingsViewModelTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 7);

    @TempDir
    Path dir;

    private WorkstationDesk desk;
    private AgendaSettingsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        desk = new WorkstationDesk(TestStores.login(dir));
        Clock clock = Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(ALGIERS).toInstant(), ALGIERS);
        viewModel = new AgendaSettingsViewModel(desk.agendaAdmin().orElseThrow(), desk.clinic(),
                new CurrentThreadTaskExecutor(), new Messages(), clock);
        viewModel.load();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void choosingWarnSavesThePolicy() {
        assertEquals(DoubleBookingPolicy.REFUSE, viewModel.policyProperty().get());
        viewModel.policyProperty().set(DoubleBookingPolicy.WARN);
        assertEquals(DoubleBookingPolicy.WARN, desk.doubleBookingPolicy());
    }

    @Test
    void holidaysAreAddedAndRemoved() {
        LocalDate candidate = LocalDate.of(2027, 6, 15);
        while (holiday(candidate)) {
            candidate = candidate.plusDays(1);      // a day that is not a holiday yet
        }
        LocalDate day = candidate;
        viewModel.addHoliday(day, "Journée du cabinet");
        assertTrue(viewModel.holidaysProperty().get().stream()
                .anyMatch(h -> h.date().equals(day) && h.name().equals("Journée du cabinet")));
        viewModel.removeHoliday(viewModel.holidaysProperty().get().stream().filter(h -> h.date().equals(day))
                .findFirst().orElseThrow());
        assertTrue(viewModel.holidaysProperty().get().stream().noneMatch(h -> h.date().equals(day)));
        viewModel.addHoliday(day, " ");
        assertFalse(viewModel.errorProperty().get().isEmpty());
    }

    private boolean holiday(LocalDate date) {
        return viewModel.holidaysProperty().get().stream().anyMatch(h -> h.date().equals(date));
    }

    @Test
    void blockoutsAreAddedCopiedAndRemovedAndWrongTimesRefused() {
        var chair = viewModel.resources().get(1);
        LocalDate monday = TODAY.plusDays(1);
        viewModel.addBlockout(chair, monday, "10:00", "09:00", "réparation");
        assertEquals("Indiquez des heures valides (HH:MM), la fin après le début.", viewModel.errorProperty().get());
        viewModel.addBlockout(chair, monday, "09:00", "11h30", "réparation");
        assertEquals("", viewModel.errorProperty().get());
        List<Blockout> list = viewModel.blockoutsProperty().get();
        assertEquals(1, list.size());
        assertEquals(chair.id(), list.getFirst().resourceId());
        assertTrue(viewModel.blockoutText(list.getFirst()).endsWith("09:00-11:30 · " + chair.label() + " · réparation"),
                viewModel.blockoutText(list.getFirst()));

        viewModel.copyBlockout(list.getFirst(), monday.plusDays(2));
        List<Blockout> two = viewModel.blockoutsProperty().get();
        assertEquals(2, two.size());
        assertEquals(monday.plusDays(2).atTime(9, 0).atZone(ALGIERS).toInstant(), two.get(1).start());
        assertEquals(two.get(0).duration(), two.get(1).duration());

        viewModel.removeBlockout(two.getFirst());
        assertEquals(List.of(two.get(1).id()), viewModel.blockoutsProperty().get().stream().map(Blockout::id).toList());
    }
}
