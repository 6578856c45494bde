package nova.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.JoinRequest;
import nova.clinic.service.JoinResult;
import nova.clinic.service.JoinSiteService;
import nova.clinic.service.SetupRequest;
import nova.clinic.service.SetupService;
import nova.common.ValidationException;
import nova.security.service.KeyWrapping;
import nova.sync.connector.SyncException;
import nova.sync.service.SyncProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nova setup}: creates a store without the GUI, for IT scripts and tests: a new clinic from a preset
 * ({@code --profile}), or another desk of a clinic that already syncs, from the hub ({@code --join-hub}).
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Crée une nouvelle base chiffrée sans ouvrir l'application : un nouveau cabinet (--profile) ou"
                + " un poste de plus d'un cabinet existant, reçu du hub (--join-hub). Entrée standard : le mot de passe"
                + " de l'administrateur, puis avec --join-hub le mot de passe du site sur le hub.")
public final class SetupCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", required = true, description = "Dossier de la nouvelle base (doit être vide).")
    Path dataDir;

    @Option(names = "--profile", description = "Nouveau cabinet : cabinet-alger ou cscom-mali.")
    String profile;

    @Option(names = "--join-hub", paramLabel = "URL",
            description = "Rejoint un cabinet existant : adresse du hub (postgresql://hôte:5432/base, TLS vérifié).")
    String joinHub;

    @Option(names = "--site", description = "Avec --join-hub : identifiant du site du cabinet sur le hub.")
    String site;

    @Option(names = "--hub-user", description = "Avec --join-hub : compte du site sur le hub (défaut : nova_site_<site>).")
    String hubUser;

    @Option(names = "--insecure-loopback-hub",
            description = "Avec --join-hub : sans TLS, seulement pour un hub sur ce poste (127.0.0.1), pour des essais.")
    boolean tlsOffForLoopback;

    @Option(names = "--admin", required = true, description = "Nom d'utilisateur de l'administrateur de ce poste.")
    String admin;

    @Option(names = "--password-stdin", required = true, description = "Lit le(s) mot(s) de passe sur l'entrée standard.")
    boolean passwordStdin;

    @Option(names = "--demo", description = "Ajoute des patients et des rendez-vous de démonstration.")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((profile == null) == (joinHub == null)) {
            err.println("Indiquez soit --profile (nouveau cabinet), soit --join-hub (cabinet existant).");
            return ExitCodes.USAGE;
        }
        if (joinHub != null && (site == null || demo)) {
            err.println(demo ? "--demo n'est pas possible avec --join-hub : les données viennent du hub."
                    : "--join-hub demande --site (l'identifiant du site du cabinet sur le hub).");
            return ExitCodes.USAGE;
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return joinHub == null ? create(stdin, err) : join(stdin, err);
    }

    private int create(BufferedReader stdin, PrintWriter err) throws Exception {
        SetupRequest preset;
        try {
            preset = ClinicPresets.byName(profile);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        char[] password = line(stdin);
        try {
            new SetupService(Clock.systemUTC(), keyWrapping()).create(dataDir, preset.withAdmin(admin, password, demo));
        } catch (ValidationException e) {
            err.println(e.getMessage());
            return ExitCodes.REFUSED;
        } finally {
            Arrays.fill(password, '\0');
        }
        spec.commandLine().getOut().println("Base créée dans " + dataDir.toAbsolutePath()
                + (demo ? " (avec données de démonstration)" : "") + ".");
        return ExitCodes.OK;
    }

    private int join(BufferedReader stdin, PrintWriter err) throws Exception {
        char[] password = line(stdin);
        char[] hubPassword = line(stdin);
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.println("Réception du cabinet depuis le hub (site " + site + ")…");
            JoinResult joined = new JoinSiteService(Clock.systemUTC(), keyWrapping()).join(dataDir,
                    new JoinRequest(joinHub, site, hubUser, hubPassword, tlsOffForLoopback, admin, password),
                    SyncProgress.NONE);
            out.println("Base créée dans " + dataDir.toAbsolutePath() + " : « " + joined.clinicName() + " », "
                    + joined.practitioners() + " praticien(s), " + joined.chairs() + " fauteuil(s) ou salle(s), "
                    + joined.careTypes() + " type(s) de soin, " + joined.recordsReceived()
                    + " enregistrement(s) reçu(s) du hub. La synchronisation est réglée.");
            return ExitCodes.OK;
        } catch (ValidationException e) {
            err.println(e.getMessage());
            return ExitCodes.REFUSED;
        } catch (SyncException e) {
            err.println(e.getMessage());
            return e.retryable() ? SyncCommand.HUB_UNREACHABLE : ExitCodes.REFUSED;
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(hubPassword, '\0');
        }
    }

    private static KeyWrapping keyWrapping() {
        return new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT);
    }

    private static char[] line(BufferedReader stdin) throws java.io.IOException {
        String line = stdin.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
