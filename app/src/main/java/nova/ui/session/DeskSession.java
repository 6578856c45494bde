package nova.ui.session;

/**
 * An open workstation as the screens see it after login: who is logged in, the clinic, and the two services the
 * agenda screens use. Closing it closes the store.
 */
public interface DeskSession extends AutoCloseable {

    String username();

    ClinicSnapshot clinic();

    AppointmentBook appointments();

    PatientDirectory patients();

    /** The free-text assistant; empty where none is wired (e.g. screen tests on in-memory data). */
    default java.util.Optional<AssistantDesk> assistant() {
        return java.util.Optional.empty();
    }

    /** The hub synchronisation; empty where none is wired. */
    default java.util.Optional<SyncDesk> sync() {
        return java.util.Optional.empty();
    }

    /** The waitlist of patients who want an earlier slot; empty where none is wired. */
    default java.util.Optional<WaitlistDesk> waitlist() {
        return java.util.Optional.empty();
    }

    /** Consultations (the doctor's record of a visit); empty where none is wired. */
    default java.util.Optional<ConsultationDesk> consultations() {
        return java.util.Optional.empty();
    }

    /** Referrals other NOVA sites addressed to this one; present only when this desk syncs with a hub. */
    default java.util.Optional<ReferralDesk> referrals() {
        return java.util.Optional.empty();
    }

    /** The admin's agenda settings (policy, holidays, blockouts); present only for an administrator. */
    default java.util.Optional<AgendaAdmin> agendaAdmin() {
        return java.util.Optional.empty();
    }

    /** The admin's clinic settings (profile, resources, care types, closings); present only for an administrator. */
    default java.util.Optional<ClinicAdmin> clinicAdmin() {
        return java.util.Optional.empty();
    }

    /** The logged-in user's own account (password change); empty where none is wired. */
    default java.util.Optional<OwnAccount> ownAccount() {
        return java.util.Optional.empty();
    }

    /** The workstation's accounts; present only for an administrator. */
    default java.util.Optional<UserAdmin> userAdmin() {
        return java.util.Optional.empty();
    }

    /** Present only when the logged-in user is an administrator. */
    default java.util.Optional<AdminSettings> adminSettings() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
