package nova.ui.session;

import java.util.List;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.ui.support.UserMessageException;

/** What the booking dialog asks of the patient service. Calls block: run them through a BackgroundTask. */
public interface PatientDirectory {

    List<PatientSummary> search(String query, int limit);

    /** @throws UserMessageException when the patient is invalid (e.g. a wrong phone), with a French reason */
    PatientSummary create(NewPatient patient) throws UserMessageException;
}
