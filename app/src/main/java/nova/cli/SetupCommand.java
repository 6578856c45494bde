package nova.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.SetupRequest;
import nova.clinic.service.SetupService;
import nova.common.ValidationException;
import nova.security.service.KeyWrapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nova setup}: creates a store without the GUI, for IT scripts and tests. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Crée une nouvelle base chiffrée (profil, administrateur) sans ouvrir l'application.")
public final class SetupCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", required = true, description = "Dossier de la nouvelle base (doit être vide).")
    Path dataDir;

    @Option(names = "--profile", required = true, description = "cabinet-alger ou cscom-mali.")
    String profile;

    @Option(names = "--admin", required = true, description = "Nom d'utilisateur de l'administrateur.")
    String admin;

    @Option(names = "--password-stdin", required = true, description = "Lit le mot de passe sur l'entrée standard.")
    boolean passwordStdin;

    @Option(names = "--demo", description = "Ajoute des patients et des rendez-vous de démonstration.")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        SetupRequest preset;
        try {
            preset = ClinicPresets.byName(profile);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        char[] password = PasswordInput.firstLine(System.in);
        try {
            new SetupService(Clock.systemUTC(), new KeyWrapping(new java.security.SecureRandom(), KeyWrapping.Cost.DEFAULT))
                    .create(dataDir, preset.withAdmin(admin, password, demo));
        } catch (ValidationException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        spec.commandLine().getOut().println("Base créée dans " + dataDir.toAbsolutePath()
                + (demo ? " (avec données de démonstration)" : "") + ".");
        return 0;
    }
}
