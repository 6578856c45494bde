package nova.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    @Test
    void algeriaFixedHolidaysEveryYear() {
        HolidayCalendar dz = HolidayCalendar.algeria();
        for (int year : List.of(2026, 2027, 2030)) {
            assertEquals("Jour de l'An", dz.holidayOn(LocalDate.of(year, 1, 1)).orElseThrow().name());
            assertTrue(dz.holidayOn(LocalDate.of(year, 1, 12)).orElseThrow().name().startsWith("Yennayer"));
            assertTrue(dz.isHoliday(LocalDate.of(year, 5, 1)));
            assertTrue(dz.isHoliday(LocalDate.of(year, 7, 5)));
            assertTrue(dz.isHoliday(LocalDate.of(year, 11, 1)));
        }
        assertFalse(dz.isHoliday(LocalDate.of(2026, 1, 20)), "Mali's army day is not Algerian");
        assertFalse(dz.isHoliday(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void algeriaIslamicHolidaysOf2026And2027() {
        HolidayCalendar dz = HolidayCalendar.algeria();
        assertEquals("Aïd el-Fitr", dz.holidayOn(LocalDate.of(2026, 3, 20)).orElseThrow().name());
        assertTrue(dz.isHoliday(LocalDate.of(2026, 3, 21)));
        assertEquals("Aïd el-Adha", dz.holidayOn(LocalDate.of(2026, 5, 27)).orElseThrow().name());
        assertTrue(dz.isHoliday(LocalDate.of(2026, 6, 16)), "Awal Moharram");
        assertTrue(dz.isHoliday(LocalDate.of(2026, 8, 25)), "Mawlid");
        assertTrue(dz.isHoliday(LocalDate.of(2027, 3, 10)));
        assertTrue(dz.isHoliday(LocalDate.of(2027, 5, 16)));
        assertEquals(12, dz.holidaysOf(2026).size(), "5 fixed + 7 Islamic days: " + dz.holidaysOf(2026));
    }

    @Test
    void maliHolidays() {
        HolidayCalendar ml = HolidayCalendar.mali();
        for (int[] md : new int[][] {{1, 1}, {1, 20}, {3, 26}, {5, 1}, {5, 25}, {9, 22}, {12, 25}}) {
            assertTrue(ml.isHoliday(LocalDate.of(2026, md[0], md[1])), md[0] + "/" + md[1]);
        }
        assertTrue(ml.holidayOn(LocalDate.of(2026, 5, 27)).orElseThrow().name().startsWith("Tabaski"));
        assertTrue(ml.holidayOn(LocalDate.of(2026, 3, 20)).orElseThrow().name().startsWith("Korité"));
        assertFalse(ml.isHoliday(LocalDate.of(2026, 1, 12)), "Yennayer is Algerian");
    }

    @Test
    void theAdminEditsTheCalendarAsData() {
        HolidayCalendar dz = HolidayCalendar.algeria();
        // The moon was seen a day later: Aïd el-Fitr 2026 moves.
        HolidayCalendar edited = dz.withoutDate(LocalDate.of(2026, 3, 20)).withoutDate(LocalDate.of(2026, 3, 21))
                .withDate(LocalDate.of(2026, 3, 21), "Aïd el-Fitr").withDate(LocalDate.of(2026, 3, 22),
                        "Aïd el-Fitr (2e jour)");
        assertFalse(edited.isHoliday(LocalDate.of(2026, 3, 20)));
        assertTrue(edited.isHoliday(LocalDate.of(2026, 3, 22)));
        assertTrue(dz.isHoliday(LocalDate.of(2026, 3, 20)), "the preset is untouched");
        // One year's occurrence of a fixed holiday can be removed without touching other years.
        HolidayCalendar noMay2027 = dz.withoutDate(LocalDate.of(2027, 5, 1));
        assertFalse(noMay2027.isHoliday(LocalDate.of(2027, 5, 1)));
        assertTrue(noMay2027.isHoliday(LocalDate.of(2028, 5, 1)));
        assertTrue(noMay2027.withDate(LocalDate.of(2027, 5, 1), "Fête du Travail").isHoliday(LocalDate.of(2027, 5, 1)));
        HolidayCalendar noYennayer = dz.withoutFixed(MonthDay.of(1, 12));
        assertFalse(noYennayer.isHoliday(LocalDate.of(2031, 1, 12)));
    }

    @Test
    void roundTripsThroughText() {
        HolidayCalendar edited = HolidayCalendar.mali().withoutDate(LocalDate.of(2026, 12, 25))
                .withDate(LocalDate.of(2026, 10, 2), "Journée de vaccination");
        HolidayCalendar back = HolidayCalendar.parse(edited.toLines());
        assertEquals(edited, back);
        assertFalse(back.isHoliday(LocalDate.of(2026, 12, 25)));
        assertTrue(back.isHoliday(LocalDate.of(2027, 12, 25)));
    }
}
