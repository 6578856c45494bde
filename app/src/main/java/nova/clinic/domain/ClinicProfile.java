package nova.clinic.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Who the clinic is and when it works. The address and zone are changed only in admin settings: they drive what
 * the assistant and the agenda show.
 */
public record ClinicProfile(
        String name,
        String address,
        ZoneId zone,
        int countryCallingCode,
        Set<DayOfWeek> workingDays,
        LocalTime opening,
        LocalTime closing,
        LocalTime breakStart,
        LocalTime breakEnd,
        ClinicKind kind) {

    public ClinicProfile {
        workingDays = Set.copyOf(workingDays);
    }

    public boolean hasBreak() {
        return breakStart != null && breakEnd != null && breakStart.isBefore(breakEnd);
    }
}
