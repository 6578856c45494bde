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

    @Override
    void close();
}
