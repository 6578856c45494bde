package nova.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import nova.clinic.domain.ClinicKind;
import nova.clinic.service.ClinicCard;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.JoinRequest;
import nova.clinic.service.JoinSiteService;
import nova.clinic.service.SetupRequest;
import nova.clinic.service.SetupService;
import nova.common.ValidationException;
import nova.security.service.AccessDeniedException;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;
import nova.store.DataDirectory;
import nova.store.StoreLayout;
import nova.sync.connector.SyncException;
import nova.sync.service.SyncProgress;
import nova.ui.StartOptions;
import nova.ui.login.LoginGateway;
import nova.ui.session.DeskBackend;
import nova.ui.session.DeskSession;
import nova.ui.support.UserMessageException;
import nova.ui.wizard.ClinicCreator;

/**
 * The GUI's back-end on a real data directory: the encrypted store's login, the set-up service for the wizard and
 * the demo store. Built in the background at start-up, so loading the persistence stack never delays the first
 * frame.
 */
public final class StoreDeskBackend implements DeskBackend {

    /** The demo store's credentials, shown on the login screen (the password policy wants 8 characters). */
    public static final String DEMO_USER = "admin";
    public static final String DEMO_PASSWORD = "demo1234";

    private final Path dataDir;
    private final StoreAccess access;
    private final SetupService setup;
    private final KeyWrapping keyWrapping;
    private final Clock clock;

    public StoreDeskBackend(Path dataDir, StoreAccess access, SetupService setup, KeyWrapping keyWrapping) {
        this(dataDir, access, setup, keyWrapping, Clock.systemUTC());
    }

    /** {@code clock} dates the rehearsal's demo appointments of {@link #warmUp}. */
    public StoreDeskBackend(Path dataDir, StoreAccess access, SetupService setup, KeyWrapping keyWrapping,
                            Clock clock) {
        this.clock = clock;
        this.dataDir = dataDir;
        this.access = access;
        this.setup = setup;
        this.keyWrapping = keyWrapping;
    }

    /** The production wiring: the OS data directory unless overridden, the default key-derivation cost. */
    public static StoreDeskBackend forOptions(StartOptions options) {
        Clock clock = Clock.systemUTC();
        KeyWrapping keys = new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT);
        return new StoreDeskBackend(DataDirectory.resolve(options.dataDir()), new StoreAccess(clock, keys),
                new SetupService(clock, keys), keys, clock);
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public boolean storeExists() {
        return access.exists(dataDir);
    }

    @Override
    public Optional<String> clinicName() {
        return ClinicCard.read(new StoreLayout(dataDir).clinicCard()).map(ClinicCard::name);
    }

    @Override
    public void createDemoStore() throws UserMessageException {
        create(ClinicPresets.cabinetAlger().withAdmin(DEMO_USER, DEMO_PASSWORD.toCharArray(), true));
    }

    /**
     * Runs while the user types: the key derivation twice on a throwaway key (so the login's own derivation runs
     * compiled), the object mapping built ahead of time for the store ({@link StoreAccess#prepare}), and a rehearsal
     * workstation on an in-memory demo clinic for the screen to exercise. Nothing touches the data directory.
     */
    @Override
    public Optional<DeskSession> warmUp() {
        byte[] throwaway = new byte[32];
        for (int i = 0; i < 2; i++) {
            keyWrapping.wrap(throwaway, "warm-up", "warm-up-only".toCharArray());
        }
        access.prepare();
        return Optional.of(RehearsalDesk.open(clock, keyWrapping));
    }

    @Override
    public DemoAccount demoAccount() {
        return new DemoAccount(DEMO_USER, DEMO_PASSWORD);
    }

    @Override
    public LoginGateway loginGateway() {
        return (user, password) -> {
            try {
                return new WorkstationDesk(access.open(dataDir, user, password));
            } catch (AccessDeniedException denied) {
                throw new UserMessageException(denied.getMessage(), denied);
            }
        };
    }

    @Override
    public ClinicCreator clinicCreator() {
        return new ClinicCreator() {
            @Override
            public SetupRequest preset(ClinicKind kind) {
                return kind == ClinicKind.CSCOM ? ClinicPresets.cscomMali() : ClinicPresets.cabinetAlger();
            }

            @Override
            public void create(SetupRequest request) throws UserMessageException {
                StoreDeskBackend.this.create(request);
            }

            @Override
            public void join(JoinRequest request) throws UserMessageException {
                try {
                    new JoinSiteService(Clock.systemUTC(), keyWrapping).join(dataDir, request, SyncProgress.NONE);
                } catch (ValidationException | SyncException refused) {
                    throw new UserMessageException(refused.getMessage(), refused);
                }
            }
        };
    }

    private void create(SetupRequest request) throws UserMessageException {
        try {
            setup.create(dataDir, request);
        } catch (ValidationException invalid) {
            throw new UserMessageException(invalid.getMessage(), invalid);
        }
    }
}
