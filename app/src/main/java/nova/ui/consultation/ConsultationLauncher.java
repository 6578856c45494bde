package nova.ui.consultation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Window;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.patient.domain.PatientSummary;
import nova.ui.session.ConsultationDesk;
import nova.ui.session.DeskSession;
import nova.ui.support.DialogService;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/**
 * Opens the consultation form from wherever a doctor is: an appointment (details panel, agenda and « Ma journée »
 * menus) or the patient card. Offered only to users who may read clinical content.
 */
public final class ConsultationLauncher {

    private final DeskSession session;
    private final TaskExecutor executor;
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;
    private final Supplier<Window> owner;

    public ConsultationLauncher(DeskSession session, TaskExecutor executor, Messages messages, DialogService dialogs,
                                Clock clock, Supplier<Window> owner) {
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
        this.owner = owner;
    }

    /** The consultations, when wired and readable by this user. */
    public Optional<ConsultationDesk> desk() {
        return session.consultations().filter(ConsultationDesk::mayRead);
    }

    /** A consultation belongs to a visit that has begun: « En consultation » or « Terminé ». */
    public boolean offeredFor(AppointmentView appointment) {
        return appointment != null && desk().isPresent()
                && (appointment.status() == AppointmentStatus.IN_CONSULTATION
                || appointment.status() == AppointmentStatus.DONE);
    }

    public void open(AppointmentView appointment) {
        desk().ifPresent(desk -> {
            ConsultationViewModel form = form(desk);
            form.startFor(appointment);
            show(form);
        });
    }

    public void startNew(PatientSummary patient) {
        desk().filter(ConsultationDesk::mayWrite).ifPresent(desk -> {
            ConsultationViewModel form = form(desk);
            form.startFor(patient);
            show(form);
        });
    }

    public void reopen(PatientSummary patient, UUID consultationId) {
        desk().ifPresent(desk -> {
            ConsultationViewModel form = form(desk);
            form.reopen(patient, consultationId);
            show(form);
        });
    }

    private ConsultationViewModel form(ConsultationDesk desk) {
        return new ConsultationViewModel(desk, session.clinic(), executor, clock);
    }

    private void show(ConsultationViewModel form) {
        new ConsultationDialog(form, messages, dialogs, owner.get()).showAndWait();
    }
}
