package nova.app;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nova.clinic.domain.Practitioner;
import nova.common.ValidationException;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.ConsultationLine;
import nova.consultation.domain.Referral;
import nova.referral.domain.ReferralSite;
import nova.referral.domain.SentReferralState;
import nova.consultation.service.print.PrescriptionPrint;
import nova.ui.session.ConsultationDesk;
import nova.ui.support.UserMessageException;

/** The consultation service of an opened {@link Workstation} as the screens use it; refusals become messages. */
final class WorkstationConsultations implements ConsultationDesk {

    private final Workstation workstation;

    WorkstationConsultations(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public boolean mayRead() {
        return workstation.consultations().mayReadClinical();
    }

    @Override
    public boolean mayWrite() {
        return workstation.consultations().mayWriteClinical();
    }

    @Override
    public List<ConsultationLine> historyOf(UUID patientId) {
        return workstation.consultations().historyOf(patientId);
    }

    @Override
    public Optional<ConsultationLine> forAppointment(UUID appointmentId) {
        return workstation.consultations().forAppointment(appointmentId);
    }

    @Override
    public Consultation open(UUID id) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.consultations().open(id));
    }

    @Override
    public Consultation save(ConsultationDraft draft) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.consultations().save(draft));
    }

    @Override
    public byte[] ordonnance(UUID consultationId) throws UserMessageException {
        return refusalsAsMessages(() -> {
            Consultation consultation = workstation.consultations().open(consultationId);
            var patient = workstation.patients().find(consultation.patientId()).orElseThrow(() ->
                    new ValidationException("Le patient de cette consultation est introuvable sur ce poste."));
            Optional<Practitioner> practitioner = workstation.clinic().practitioners().stream()
                    .filter(p -> p.id().equals(consultation.practitionerId())).findFirst();
            return new PrescriptionPrint(workstation.clinic().profile()).ordonnance(consultation, patient,
                    practitioner.map(Practitioner::displayName).orElse(workstation.user().displayName()),
                    practitioner.map(Practitioner::speciality).orElse(null));
        });
    }

    @Override
    public List<ReferralSite> referralDestinations() {
        return workstation.siteDirectory().sites();
    }

    @Override
    public Optional<SentReferralState> referralAnswer(Referral referral) {
        return workstation.referrals().sentState(referral);
    }

    private static <T> T refusalsAsMessages(Supplier<T> work) throws UserMessageException {
        try {
            return work.get();
        } catch (ValidationException refused) {
            throw new UserMessageException(refused.getMessage(), refused);
        }
    }
}
