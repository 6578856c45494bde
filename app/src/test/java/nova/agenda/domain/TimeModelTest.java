package nova.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;

class TimeModelTest {

    @Test
    void clockRangesParseAndFormat() {
        assertEquals(new ClockRange(480, 720), ClockRange.parse("08:00-12:00"));
        assertEquals(new ClockRange(840, 1440), ClockRange.parse("14:00 – 24:00"));
        assertEquals("14:00-24:00", ClockRange.parse("14h-24h").toString());
        assertThrows(IllegalArgumentException.class, () -> ClockRange.parse("12:00-08:00"));
        assertThrows(IllegalArgumentException.class, () -> ClockRange.parse("25:00-26:00"));
    }

    @Test
    void weeklyHoursCutBreaksAndMergeRanges() {
        WeeklyHours h = WeeklyHours.uniform(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(17, 0), LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertEquals(List.of(ClockRange.parse("08:00-12:00"), ClockRange.parse("13:00-17:00")),
                h.on(DayOfWeek.MONDAY));
        WeeklyHours prayer = h.withBreak(DayOfWeek.FRIDAY, ClockRange.parse("12:30-14:30"));
        assertEquals(List.of(ClockRange.parse("08:00-12:00"), ClockRange.parse("14:30-17:00")),
                prayer.on(DayOfWeek.FRIDAY));
        assertEquals(h.on(DayOfWeek.MONDAY), prayer.on(DayOfWeek.MONDAY));
        WeeklyHours merged = WeeklyHours.none().withDay(DayOfWeek.SUNDAY, "08:00-10:00", "09:00-11:00", "11:00-12:00");
        assertEquals(List.of(ClockRange.parse("08:00-12:00")), merged.on(DayOfWeek.SUNDAY));
        assertTrue(merged.covers(DayOfWeek.SUNDAY, 600, 720));
        assertFalse(merged.covers(DayOfWeek.MONDAY, 600, 620));
    }

    @Test
    void scheduleFromProfileWithOverridesClosingDaysAndHolidays() {
        ClinicProfile cscom = new ClinicProfile("CSCOM de Kati", "Kati", java.time.ZoneId.of("Africa/Bamako"), 223,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), null, null, ClinicKind.CSCOM);
        UUID midwife = UUID.randomUUID();
        WorkingSchedule s = WorkingSchedule.fromProfile(cscom, HolidayCalendar.mali())
                .withResourceHours(midwife, WeeklyHours.none().withDay(DayOfWeek.SATURDAY, "09:00-12:00"))
                .withClosingDay(LocalDate.of(2026, 6, 3), "Campagne de vaccination");
        LocalDate saturday = LocalDate.of(2026, 6, 6);
        assertTrue(s.openRanges(saturday, null).isEmpty());
        assertEquals(List.of(ClockRange.parse("09:00-12:00")), s.openRanges(saturday, midwife));
        assertEquals(List.of(ClockRange.parse("08:00-16:00")), s.openRanges(LocalDate.of(2026, 6, 2), null));
        assertTrue(s.openRanges(LocalDate.of(2026, 6, 3), null).isEmpty(), "closing day");
        assertTrue(s.openRanges(LocalDate.of(2026, 5, 25), midwife).isEmpty(), "holiday closes every resource");
        assertEquals("Campagne de vaccination", s.closingReason(LocalDate.of(2026, 6, 3)).orElseThrow());
    }

    @Test
    void blockoutCopyAndMove() {
        UUID chair = UUID.randomUUID();
        Blockout b = new Blockout(UUID.randomUUID(), chair, Instant.parse("2026-03-09T09:00:00Z"),
                Instant.parse("2026-03-09T11:00:00Z"), "Maintenance");
        Blockout copy = b.copyAt(Instant.parse("2026-03-16T13:00:00Z"));
        assertNotEquals(b.id(), copy.id());
        assertEquals(Duration.ofHours(2), copy.duration());
        assertEquals(Instant.parse("2026-03-16T15:00:00Z"), copy.end());
        assertEquals(chair, copy.resourceId());
        assertEquals("Maintenance", copy.reason());
        Blockout clinicWide = b.copyAt(Instant.parse("2026-03-17T08:00:00Z"), null);
        assertTrue(clinicWide.wholeClinic());
        Blockout moved = b.movedTo(Instant.parse("2026-03-10T09:00:00Z"), chair);
        assertEquals(b.id(), moved.id(), "a cut and paste keeps the blockout");
        assertThrows(IllegalArgumentException.class, () -> new Blockout(UUID.randomUUID(), null,
                Instant.parse("2026-03-09T11:00:00Z"), Instant.parse("2026-03-09T11:00:00Z"), ""));
    }
}
