package nova.ui.session;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;
import nova.clinic.domain.ResourceHours;

/**
 * The clinic's set-up as the screens need it: the active resources and care types (booking choices) and the own
 * weekly hours of the resources that have some. A new snapshot is made when the administrator changes the clinic.
 */
public record ClinicSnapshot(ClinicProfile profile, List<Chair> chairs, List<Practitioner> practitioners,
                             List<CareType> careTypes, Map<UUID, ResourceHours> ownHours) {

    public ClinicSnapshot {
        chairs = List.copyOf(chairs);
        practitioners = List.copyOf(practitioners);
        careTypes = List.copyOf(careTypes);
        ownHours = Map.copyOf(ownHours);
    }

    /** A clinic whose resources all follow the clinic's hours. */
    public ClinicSnapshot(ClinicProfile profile, List<Chair> chairs, List<Practitioner> practitioners,
                          List<CareType> careTypes) {
        this(profile, chairs, practitioners, careTypes, Map.of());
    }
}
