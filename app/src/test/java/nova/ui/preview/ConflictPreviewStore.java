package nova.ui.preview;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import nova.app.StoreDeskBackend;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.SetupService;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.testing.AppointmentClash;

/**
 * Prepares two desks of the demo cabinet on a throw-away embedded hub, with an appointment booked offline on each
 * on the same chair at the same time, to look at « À résoudre » on the second:
 * {@code mvn -o -q -pl app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nova.ui.preview.ConflictPreviewStore -Dexec.args="DESK_A_DIR DESK_B_DIR"}, then
 * {@code UiPreview} with {@code -Dexec.args="conflicts DESK_B_DIR"}. The hub ends with this program: the desk then
 * shows the sync as offline, the conflict stays.
 */
public final class ConflictPreviewStore {

    private ConflictPreviewStore() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        KeyWrapping keys = new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT);
        TestHub hub = HubTestServer.newHub();
        Path dirA = Path.of(args[0]);
        Path dirB = Path.of(args[1]);
        new SetupService(clock, keys).create(dirA, ClinicPresets.byName(ClinicPresets.CABINET_ALGER)
                .withAdmin(StoreDeskBackend.DEMO_USER, StoreDeskBackend.DEMO_PASSWORD.toCharArray(), true));
        StoreAccess access = new StoreAccess(clock, keys);
        var booked = AppointmentClash.make(dirA, dirB,
                dir -> access.open(dir, StoreDeskBackend.DEMO_USER, StoreDeskBackend.DEMO_PASSWORD.toCharArray()),
                hub, hub.newSite("cabinet-hydra"),
                new NewPatient("MEZIANE", "Samira", Sex.FEMALE, 1992, null, "0555 12 34 56", null, null),
                new NewPatient("HADJ ALI", "Rachid", Sex.MALE, 1978, null, "0661 23 45 67", null, null));
        System.out.println("clash on " + booked.onB().chairName() + " at " + booked.onB().start());
        System.exit(0);
    }
}
