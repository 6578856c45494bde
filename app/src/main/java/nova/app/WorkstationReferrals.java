package nova.app;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nova.common.ValidationException;
import nova.patient.domain.PatientSummary;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralDetails;
import nova.referral.domain.ReferralProgress;
import nova.ui.session.ReferralDesk;
import nova.ui.support.UserMessageException;

/** The referral inbox of an opened {@link Workstation} as the screens use it; refusals become messages. */
final class WorkstationReferrals implements ReferralDesk {

    private final Workstation workstation;

    WorkstationReferrals(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public List<ReceivedReferral> received() {
        return workstation.referrals().received();
    }

    @Override
    public ReferralDetails open(UUID id) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.referrals().open(id));
    }

    @Override
    public ReceivedReferral mark(UUID id, ReferralProgress step) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.referrals().mark(id, step));
    }

    @Override
    public ReceivedReferral linkPatient(UUID id, UUID patientId) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.referrals().linkPatient(id, patientId));
    }

    @Override
    public Optional<PatientSummary> patientOf(UUID patientId) {
        return workstation.patients().find(patientId);
    }

    private static <T> T refusalsAsMessages(Supplier<T> work) throws UserMessageException {
        try {
            return work.get();
        } catch (ValidationException refused) {
            throw new UserMessageException(refused.getMessage(), refused);
        }
    }
}
