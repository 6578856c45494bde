package nova.ui.session;

import java.util.Optional;
import java.util.UUID;
import nova.patient.domain.PatientSummary;

/**
 * What this workstation knows of the records a synchronised row points to, so that a screen shows names instead of
 * identifiers. Each lookup is empty when the record is not on this workstation (not pulled yet, or deleted).
 * May read the store: call it off the FX thread.
 */
public interface RecordNames {

    Optional<PatientSummary> patient(UUID id);

    /** Whether another patient on this workstation has the same last and first name (a namesake to tell apart). */
    boolean hasNamesake(PatientSummary patient);

    /** A practitioner's name, deactivated ones included. */
    Optional<String> practitioner(UUID id);

    /** A chair's or room's name, deactivated ones included. */
    Optional<String> chair(UUID id);

    /** A care type's label, deactivated ones included. */
    Optional<String> careType(String code);
}
