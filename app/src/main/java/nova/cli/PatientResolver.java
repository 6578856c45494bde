package nova.cli;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.patient.service.PatientService;

/**
 * Finds the patient a script names, or creates them: same name (any case or accents, either order) and, when a
 * phone is given, same phone. Anything less certain creates a new patient rather than booking for someone else.
 */
final class PatientResolver {

    private final PatientService patients;

    PatientResolver(PatientService patients) {
        this.patients = patients;
    }

    PatientSummary findOrCreate(String fullName, String phone) {
        String wanted = fold(fullName);
        Optional<PatientSummary> known = patients.search(phone != null && !phone.isBlank() ? phone : fullName, 50)
                .stream()
                .filter(p -> fold(p.fullName()).equals(wanted)
                        || fold(nullToEmpty(p.firstName()) + " " + p.lastName()).equals(wanted))
                .findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        String[] parts = fullName.strip().split("\\s+", 2);
        return patients.create(new NewPatient(parts[0], parts.length > 1 ? parts[1] : null, Sex.UNKNOWN, null, null,
                phone, null, null));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
