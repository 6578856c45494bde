package nova.ui.flow;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nova.app.StoreDeskBackend;
import nova.app.WorkstationDesk;
import nova.ui.login.LoginGateway;
import nova.ui.session.DeskBackend;
import nova.ui.session.DeskSession;
import nova.ui.support.UserMessageException;
import nova.ui.wizard.ClinicCreator;

/** The real back-end, keeping the opened workstation so a flow test reads what was saved through its services. */
record CapturingBackend(StoreDeskBackend real, AtomicReference<WorkstationDesk> opened) implements DeskBackend {

    @Override
    public boolean storeExists() {
        return real.storeExists();
    }

    @Override
    public Optional<String> clinicName() {
        return real.clinicName();
    }

    @Override
    public void createDemoStore() throws UserMessageException {
        real.createDemoStore();
    }

    @Override
    public DemoAccount demoAccount() {
        return real.demoAccount();
    }

    @Override
    public LoginGateway loginGateway() {
        LoginGateway gateway = real.loginGateway();
        return (user, password) -> {
            var session = gateway.open(user, password);
            opened.set((WorkstationDesk) session);
            return session;
        };
    }

    @Override
    public Optional<DeskSession> warmUp() {
        return real.warmUp();
    }

    @Override
    public ClinicCreator clinicCreator() {
        return real.clinicCreator();
    }
}
