package nova.ui.session;

import java.util.List;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;

/** The clinic's set-up as the screens need it, read once after login. */
public record ClinicSnapshot(ClinicProfile profile, List<Chair> chairs, List<Practitioner> practitioners,
                             List<CareType> careTypes) {

    public ClinicSnapshot {
        chairs = List.copyOf(chairs);
        practitioners = List.copyOf(practitioners);
        careTypes = List.copyOf(careTypes);
    }
}
