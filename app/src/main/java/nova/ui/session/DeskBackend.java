package nova.ui.session;

import java.util.Optional;
import nova.ui.login.LoginGateway;
import nova.ui.support.UserMessageException;
import nova.ui.wizard.ClinicCreator;

/**
 * What the GUI needs before anyone is logged in: is there a store, create the demo one, the wizard's creator and
 * the login. Every method may block (disk, key derivation): the application calls them in the background.
 */
public interface DeskBackend {

    boolean storeExists();

    /** The clinic's name as far as it can be read without a password; empty when unknown. */
    default Optional<String> clinicName() {
        return Optional.empty();
    }

    /** Creates the demonstration store (Algiers preset, demo data) with the {@link #demoAccount()}. */
    void createDemoStore() throws UserMessageException;

    /** The demo store's public credentials, shown on the login screen. */
    DemoAccount demoAccount();

    record DemoAccount(String user, String password) {
    }

    LoginGateway loginGateway();

    /**
     * Loads and exercises what the first login needs (database engine, migrations, object mapping) on a throwaway
     * store, while the user types the password, and returns a throwaway session on it for the screens to rehearse
     * with off screen (the caller closes it), or empty. Optional; blocking.
     */
    default Optional<DeskSession> warmUp() {
        return Optional.empty();
    }

    ClinicCreator clinicCreator();
}
