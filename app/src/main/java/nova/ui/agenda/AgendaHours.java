package nova.ui.agenda;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nova.clinic.domain.ClinicProfile;

/**
 * When the clinic works, as the grid draws it. The grid shows half an hour either side of the opening hours
 * (rounded to whole hours) so the receptionist sees where the day starts and ends.
 */
public record AgendaHours(LocalTime opening, LocalTime closing, LocalTime breakStart, LocalTime breakEnd,
                          Set<DayOfWeek> workingDays) {

    public AgendaHours {
        Objects.requireNonNull(opening);
        Objects.requireNonNull(closing);
        if (!opening.isBefore(closing)) {
            throw new IllegalArgumentException("opening must be before closing");
        }
        workingDays = workingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workingDays));
    }

    public static AgendaHours of(ClinicProfile profile) {
        return new AgendaHours(profile.opening(), profile.closing(),
                profile.hasBreak() ? profile.breakStart() : null,
                profile.hasBreak() ? profile.breakEnd() : null,
                profile.workingDays());
    }

    public static AgendaHours defaults() {
        return new AgendaHours(LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(12, 0), LocalTime.of(13, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public boolean hasBreak() {
        return breakStart != null && breakEnd != null && breakStart.isBefore(breakEnd);
    }

    /** First minute of the day the grid draws. */
    public int gridStartMinute() {
        int minute = opening.toSecondOfDay() / 60 - 30;
        return Math.max(0, Math.floorDiv(minute, 60) * 60);
    }

    /** Minute of the day where the grid ends (exclusive). */
    public int gridEndMinute() {
        int minute = closing.toSecondOfDay() / 60 + 30;
        return Math.min(24 * 60, Math.ceilDiv(minute, 60) * 60);
    }

    public boolean isWorkingDay(DayOfWeek day) {
        return workingDays.contains(day);
    }
}
