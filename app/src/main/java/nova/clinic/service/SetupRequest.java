package nova.clinic.service;

import java.util.List;
import nova.clinic.domain.CareType;
import nova.clinic.domain.ClinicProfile;

/** Everything the first-run wizard (or {@code nova setup}) collects before the store is created. */
public record SetupRequest(
        ClinicProfile profile,
        List<String> chairNames,
        List<PractitionerDraft> practitioners,
        List<CareType> careTypes,
        String adminUser,
        char[] adminPassword,
        boolean demo) {

    public SetupRequest {
        chairNames = List.copyOf(chairNames);
        practitioners = List.copyOf(practitioners);
        careTypes = List.copyOf(careTypes);
    }

    public SetupRequest withAdmin(String user, char[] password, boolean withDemo) {
        return new SetupRequest(profile, chairNames, practitioners, careTypes, user, password, withDemo);
    }
}
