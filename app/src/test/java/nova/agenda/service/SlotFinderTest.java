package nova.agenda.service;

import static nova.agenda.service.AgendaFixture.CHAIR_1;
import static nova.agenda.service.AgendaFixture.CHAIR_2;
import static nova.agenda.service.AgendaFixture.DR_BENALI;
import static nova.agenda.service.AgendaFixture.DR_HADDAD;
import static nova.agenda.service.AgendaFixture.MONDAY;
import static nova.agenda.service.AgendaFixture.appointment;
import static nova.agenda.service.AgendaFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nova.agenda.domain.Blockout;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;

class SlotFinderTest {

    private final SlotFinder finder = AgendaFixture.finder();
    private final BusyIndex busy = new BusyIndex();

    @Test
    void firstFreeSlotsInResourceOrder() {
        List<SlotProposal> slots = finder.find(SlotQuery.of(30, at(MONDAY, "07:00"), at(MONDAY, "18:00"), 3), busy);
        assertEquals(List.of(
                new SlotProposal(at(MONDAY, "08:00"), at(MONDAY, "08:30"), CHAIR_1.id(), DR_BENALI.id()),
                new SlotProposal(at(MONDAY, "08:30"), at(MONDAY, "09:00"), CHAIR_1.id(), DR_BENALI.id()),
                new SlotProposal(at(MONDAY, "09:00"), at(MONDAY, "09:30"), CHAIR_1.id(), DR_BENALI.id())), slots);
    }

    @Test
    void busyChairOrPractitionerMovesTheSlotToAnotherCombinationOrLater() {
        busy.put(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "08:00", "09:00"));
        SlotProposal first = finder.find(SlotQuery.of(30, at(MONDAY, "08:00"), at(MONDAY, "18:00"), 1), busy)
                .getFirst();
        assertEquals(new SlotProposal(at(MONDAY, "08:00"), at(MONDAY, "08:30"), CHAIR_2.id(), DR_HADDAD.id()), first);
        SlotProposal withBenali = finder.find(SlotQuery.of(30, at(MONDAY, "08:00"), at(MONDAY, "18:00"), 1)
                .withPractitioner(DR_BENALI.id()), busy).getFirst();
        assertEquals(at(MONDAY, "09:00"), withBenali.start());
    }

    @Test
    void skipsTheBreakHolidaysWeekendsAndBlockouts() {
        // Thursday 30 April 2026 afternoon, Friday-Saturday weekend, Sunday 3 May is a working day; 1 May holiday.
        LocalDate thursday = LocalDate.of(2026, 4, 30);
        busy.put(new Blockout(UUID.randomUUID(), null, at(thursday, "13:00").toInstant(),
                at(thursday, "17:00").toInstant(), "Formation"));
        SlotQuery q = SlotQuery.of(60, at(thursday, "11:30"), at(thursday.plusDays(5), "18:00"), 2);
        List<SlotProposal> slots = finder.find(q, busy);
        assertEquals(at(thursday.plusDays(3), "08:00"), slots.get(0).start(), "11:30-12:30 crosses the break");
        assertEquals(at(thursday.plusDays(3), "09:00"), slots.get(1).start());
    }

    @Test
    void partOfTheDayAndGranularity() {
        busy.put(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "14:00", "14:10"));
        SlotQuery q = SlotQuery.of(20, at(MONDAY, "00:00"), at(MONDAY.plusDays(1), "00:00"), 2)
                .withChair(CHAIR_1.id()).withPractitioner(DR_BENALI.id())
                .withDayPart(ClockRange.parse("14:00-16:00")).withGranularity(15);
        List<SlotProposal> slots = finder.find(q, busy);
        assertEquals(at(MONDAY, "14:15"), slots.get(0).start());
        assertEquals(at(MONDAY, "14:45"), slots.get(1).start(), "next on the grid after 14:35");
    }

    @Test
    void fewerSlotsWhenTheWindowIsFull() {
        SlotQuery q = SlotQuery.of(240, at(MONDAY, "08:00"), at(MONDAY, "18:00"), 5).withChair(CHAIR_1.id())
                .withPractitioner(DR_BENALI.id());
        List<SlotProposal> slots = finder.find(q, busy);
        assertEquals(2, slots.size(), "08:00-12:00 and 13:00-17:00");
        assertTrue(finder.find(SlotQuery.of(30, at(MONDAY, "17:00"), at(MONDAY, "20:00"), 3), busy).isEmpty());
    }

    @Test
    void withoutPractitionersOnlyChairsCount() {
        SlotFinder rooms = new SlotFinder(AgendaFixture.schedule(), List.of(CHAIR_1), List.of());
        busy.put(appointment("Awa", "Consultation", CHAIR_1, null, MONDAY, "08:00", "08:20"));
        SlotProposal p = rooms.find(SlotQuery.of(20, at(MONDAY, "08:00"), at(MONDAY, "18:00"), 1), busy).getFirst();
        assertEquals(at(MONDAY, "08:30"), p.start());
        assertEquals(null, p.practitionerId());
    }
}
