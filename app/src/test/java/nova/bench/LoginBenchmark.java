package nova.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import nova.app.Workstation;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.SetupService;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;

/**
 * The store's share of "login to painted agenda", without the GUI: unwrap the key (real Argon2id cost), open the
 * encrypted store, attach the prepared mapping, read the day's appointments. Each run is a fresh StoreAccess whose
 * mapping was prepared beforehand, as the login screen does while the user types.
 */
public final class LoginBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path dir = Files.createTempDirectory("nova-bench-login");
        KeyWrapping keys = new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT);
        new SetupService(Clock.systemUTC(), keys).create(dir,
                ClinicPresets.cabinetAlger().withAdmin("admin", "demo1234".toCharArray(), true));
        long[] unlockAndDay = new long[runs];
        for (int i = 0; i < runs + 3; i++) {
            StoreAccess access = new StoreAccess(Clock.systemUTC(), keys);
            access.prepare();
            long start = System.nanoTime();
            try (Workstation workstation = access.open(dir, "admin", "demo1234".toCharArray())) {
                workstation.agenda().day(LocalDate.now(workstation.clinic().profile().zone()).plusDays(1));
                if (i >= 3) {
                    unlockAndDay[i - 3] = System.nanoTime() - start;
                }
            }
        }
        System.out.println(Percentiles.ofNanos(unlockAndDay).line("login (unwrap+open+attach) + day query"));
    }
}
