package nova.app;

import java.util.Optional;
import java.util.UUID;
import nova.clinic.domain.CareType;
import nova.patient.domain.PatientSummary;
import nova.ui.session.RecordNames;

/** Names of the records a synchronised row points to, read from an opened {@link Workstation}'s store. */
final class WorkstationRecordNames implements RecordNames {

    private final Workstation workstation;

    WorkstationRecordNames(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Optional<PatientSummary> patient(UUID id) {
        return workstation.patients().find(id);
    }

    @Override
    public boolean hasNamesake(PatientSummary patient) {
        return workstation.patients().hasNamesake(patient);
    }

    @Override
    public Optional<String> practitioner(UUID id) {
        return workstation.clinic().practitionerName(id);
    }

    @Override
    public Optional<String> chair(UUID id) {
        return workstation.clinic().chairName(id);
    }

    @Override
    public Optional<String> careType(String code) {
        return workstation.clinic().anyCareType(code).map(CareType::label);
    }
}
