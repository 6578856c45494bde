package nova.ui.wizard;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nova.clinic.domain.CareType;
import nova.clinic.domain.ClinicKind;

/** What the first-run wizard collects, before it becomes the setup service's request. */
public record ClinicDraft(ClinicKind kind, String name, String address, ZoneId zone, int callingCode,
                          Set<DayOfWeek> workingDays, LocalTime opening, LocalTime closing,
                          LocalTime breakStart, LocalTime breakEnd, List<String> chairNames,
                          List<PractitionerDraft> practitioners, List<CareType> careTypes) {

    public ClinicDraft {
        workingDays = Set.copyOf(workingDays);
        chairNames = List.copyOf(chairNames);
        practitioners = List.copyOf(practitioners);
        careTypes = List.copyOf(careTypes);
    }

    public record PractitionerDraft(String displayName, String speciality) {
    }
}
