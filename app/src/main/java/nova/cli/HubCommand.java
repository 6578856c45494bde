package nova.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import nova.sync.connector.SyncException;
import nova.sync.connector.hub.HubInstaller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Administration of the central hub: {@code nova hub init} installs or upgrades its schema,
 * {@code nova hub add-site} creates the login of one site. Passwords come from standard input, never from
 * the command line (which other users of the machine can read).
 */
@Command(name = "hub",
        mixinStandardHelpOptions = true,
        description = "Administration du hub central PostgreSQL.",
        subcommands = {HubCommand.Init.class, HubCommand.AddSite.class, HubCommand.RemoveSite.class})
public final class HubCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Options every hub subcommand needs (a picocli mixin): where the hub is and the admin login. */
    static final class AdminLogin {
        @Option(names = "--url", required = true,
                description = "Adresse du hub (postgresql://hôte:port/base ou jdbc:postgresql://…).")
        String url;

        @Option(names = "--user", required = true, description = "Compte administrateur PostgreSQL.")
        String user;

        @Option(names = "--password-stdin", description = "Lit le mot de passe administrateur sur l'entrée standard.")
        boolean passwordFromStdin;
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Installe ou met à jour le schéma du hub (migrations Flyway).")
    static final class Init implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        AdminLogin login;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return asAdmin(spec, login, hub -> {
                int applied = hub.install();
                return applied == 0 ? "Le hub est déjà à jour." : "Hub installé : " + applied + " migration(s) appliquée(s).";
            });
        }
    }

    @Command(name = "add-site", mixinStandardHelpOptions = true,
            description = "Crée (ou renouvelle) le compte de connexion d'un site sur le hub.")
    static final class AddSite implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        AdminLogin login;

        @Option(names = "--site", required = true, description = "Identifiant du site (lettres, chiffres, - et _).")
        String siteId;

        @Option(names = "--site-password-stdin",
                description = "Lit aussi le mot de passe du site sur l'entrée standard (ligne suivante) ; "
                        + "sinon un mot de passe est généré et affiché une seule fois.")
        boolean sitePasswordFromStdin;

        @Option(names = "--name", description = "Nom montré aux autres sites pour leur adresser un patient "
                + "(ex. « CSRéf de Kati ») ; sinon, le nom de la structure saisi à son installation.")
        String displayName;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Passwords passwords = Passwords.read(login.passwordFromStdin, sitePasswordFromStdin)) {
                char[] sitePassword = sitePasswordFromStdin ? passwords.site() : GeneratedPassword.next();
                String shown = sitePasswordFromStdin ? null : new String(sitePassword);
                HubInstaller installer = new HubInstaller(login.url, login.user, passwords.admin());
                String role = installer.createSite(siteId, sitePassword);
                if (displayName != null) {
                    installer.nameSite(siteId, displayName);
                }
                out.println("Site « " + siteId + " » prêt. Compte de connexion : " + role);
                if (shown != null) {
                    out.println("Mot de passe du site (à noter, il ne sera plus affiché) : " + shown);
                }
                return 0;
            } catch (SyncException | IllegalArgumentException e) {
                err.println("Erreur : " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "remove-site", mixinStandardHelpOptions = true,
            description = "Retire un site du hub : son compte ne se connecte plus, les autres sites ne le proposent "
                    + "plus ; ses données restent sur le hub (add-site le rétablit).")
    static final class RemoveSite implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        AdminLogin login;

        @Option(names = "--site", required = true, description = "Identifiant du site à retirer.")
        String siteId;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return asAdmin(spec, login, hub -> {
                int ended = hub.removeSite(siteId);
                return "Site « " + siteId + " » retiré du hub : son compte ne se connecte plus"
                        + (ended > 0 ? " (" + ended + " session(s) fermée(s))" : "") + ". Ses données restent sur le hub.";
            });
        }
    }

    /** One action as the hub's administrator: its French result on standard output, or « Erreur : … » and 1. */
    private static int asAdmin(CommandSpec spec, AdminLogin login,
                               java.util.function.Function<HubInstaller, String> action) {
        try (Passwords passwords = Passwords.read(login.passwordFromStdin)) {
            spec.commandLine().getOut().println(action.apply(new HubInstaller(login.url, login.user, passwords.admin())));
            return 0;
        } catch (SyncException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("Erreur : " + e.getMessage());
            return 1;
        }
    }

    /** Passwords read from standard input: the admin's on the first line, the site's on the second. */
    record Passwords(char[] admin, char[] site) implements AutoCloseable {

        static Passwords read(boolean adminFromStdin) {
            return read(adminFromStdin, false);
        }

        static Passwords read(boolean adminFromStdin, boolean siteFromStdin) {
            if (!adminFromStdin && !siteFromStdin) {
                return new Passwords(new char[0], null);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try {
                char[] admin = adminFromStdin ? line(reader, "administrateur") : new char[0];
                char[] site = siteFromStdin ? line(reader, "du site") : null;
                return new Passwords(admin, site);
            } catch (IOException e) {
                throw new IllegalArgumentException("Lecture du mot de passe impossible : " + e.getMessage(), e);
            }
        }

        private static char[] line(BufferedReader reader, String which) throws IOException {
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("Mot de passe " + which + " attendu sur l'entrée standard.");
            }
            return line.toCharArray();
        }

        @Override
        public void close() {
            java.util.Arrays.fill(admin, '\0');
            if (site != null) {
                java.util.Arrays.fill(site, '\0');
            }
        }
    }

    /** A random site password: 24 characters without look-alikes, easy to read out over the phone. */
    static final class GeneratedPassword {
        private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        private static final SecureRandom RANDOM = new SecureRandom();

        private GeneratedPassword() {
        }

        static char[] next() {
            char[] password = new char[24];
            for (int i = 0; i < password.length; i++) {
                password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
            }
            return password;
        }
    }
}
