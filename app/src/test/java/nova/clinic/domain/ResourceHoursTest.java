package nova.clinic.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.HolidayCalendar;
import nova.agenda.domain.WorkingSchedule;
import nova.clinic.service.ClinicPresets;
import org.junit.jupiter.api.Test;

/** A resource's own hours as stored on its row, and as the schedule uses them. */
class ResourceHoursTest {

    private static final ResourceHours MORNINGS = new ResourceHours(
            EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(8, 0),
            LocalTime.of(12, 0), null, null);

    @Test
    void theStoredTextRoundTrips() {
        ResourceHours withBreak = new ResourceHours(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 30), LocalTime.of(17, 0), LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertEquals("4,7;08:30-17:00;12:00-13:00", withBreak.toText());
        assertEquals(withBreak, ResourceHours.parse(withBreak.toText()));
        assertEquals("1,2,7;08:00-12:00", MORNINGS.toText());
        assertEquals(MORNINGS, ResourceHours.parse(MORNINGS.toText()));
        assertNull(ResourceHours.parse(null));
        assertNull(ResourceHours.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> ResourceHours.parse("1,2;8h"));
        assertThrows(IllegalArgumentException.class, () -> ResourceHours.parse("1,2;08:00-12:00;12:00"));
    }

    @Test
    void theScheduleUsesOwnHoursForThatResourceAndClosesEveryDayOfAClosingPeriod() {
        ClinicProfile profile = ClinicPresets.cabinetAlger().profile();
        UUID dentist = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        LocalDate first = LocalDate.of(2027, 8, 1);
        WorkingSchedule schedule = WorkingSchedule.of(profile, Map.of(dentist, MORNINGS),
                List.of(new ClosingPeriod(UUID.randomUUID(), first, first.plusDays(14), "Fermeture annuelle")),
                HolidayCalendar.empty());

        LocalDate sunday = LocalDate.of(2027, 9, 5);
        assertEquals(DayOfWeek.SUNDAY, sunday.getDayOfWeek());
        assertEquals(List.of(ClockRange.parse("08:00-12:00")), schedule.openRanges(sunday, dentist));
        assertEquals(List.of(ClockRange.parse("08:00-12:00"), ClockRange.parse("13:00-18:00")),
                schedule.openRanges(sunday, other), "the others keep the clinic's hours and break");
        assertTrue(schedule.openRanges(sunday.plusDays(3), dentist).isEmpty(), "no Wednesday for the dentist");
        for (LocalDate day = first; !day.isAfter(first.plusDays(14)); day = day.plusDays(1)) {
            assertEquals("Fermeture annuelle", schedule.closingReason(day).orElseThrow());
            assertTrue(schedule.openRanges(day, other).isEmpty());
        }
        assertTrue(schedule.closingReason(first.plusDays(15)).isEmpty());
    }
}
