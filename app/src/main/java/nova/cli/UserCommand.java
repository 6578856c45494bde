package nova.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import nova.app.Workstation;
import nova.common.ValidationException;
import nova.security.domain.Role;
import nova.security.service.AccessDeniedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nova user}: accounts, for IT staff. Passwords come on standard input, one per line. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Comptes utilisateurs.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Deactivate.class,
                UserCommand.Reactivate.class})
public final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Crée un compte. Entrée standard : mot de passe de l'administrateur, puis celui du nouveau compte.")
    static final class Add implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreLogin login;
        @Option(names = "--new-user", required = true, description = "Nom du nouveau compte.")
        String newUser;
        @Option(names = "--display-name", description = "Nom affiché, ex. « Dr Benali ».")
        String displayName;
        @Option(names = "--role", defaultValue = "RECEPTION", description = "ADMIN, RECEPTION ou DOCTOR (défaut : ${DEFAULT-VALUE}).")
        Role role;

        @Override
        public Integer call() throws Exception {
            return run(spec, login, (workstation, reader) -> {
                workstation.users().addUser(newUser, displayName, role, readLine(reader));
                return "Compte « " + newUser + " » créé (" + role.label() + ").";
            });
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Change le mot de passe. Entrée standard : ancien mot de passe, puis le nouveau.")
    static final class Passwd implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreLogin login;

        @Override
        public Integer call() throws Exception {
            return run(spec, login, (workstation, reader) -> {
                workstation.users().changePassword(login.lastPassword(), readLine(reader));
                return "Mot de passe changé.";
            });
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Désactive un compte : il ne peut plus se connecter, son nom reste dans l'historique."
                    + " Entrée standard : mot de passe de l'administrateur.")
    static final class Deactivate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreLogin login;
        @Option(names = "--account", required = true, description = "Le compte à désactiver.")
        String account;

        @Override
        public Integer call() throws Exception {
            return run(spec, login, (workstation, reader) -> {
                workstation.users().setActive(account, false);
                return "Compte « " + account + " » désactivé : il ne peut plus se connecter.";
            });
        }
    }

    @Command(name = "reactivate", mixinStandardHelpOptions = true,
            description = "Réactive un compte, avec son mot de passe habituel. Entrée standard : mot de passe de"
                    + " l'administrateur.")
    static final class Reactivate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreLogin login;
        @Option(names = "--account", required = true, description = "Le compte à réactiver.")
        String account;

        @Override
        public Integer call() throws Exception {
            return run(spec, login, (workstation, reader) -> {
                workstation.users().setActive(account, true);
                return "Compte « " + account + " » réactivé.";
            });
        }
    }

    private interface Action {
        String apply(Workstation workstation, BufferedReader reader) throws Exception;
    }

    private static int run(picocli.CommandLine.Model.CommandSpec spec, StoreLogin login, Action action) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Workstation workstation = login.open(reader)) {
            spec.commandLine().getOut().println(action.apply(workstation, reader));
            return ExitCodes.OK;
        } catch (AccessDeniedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.ACCESS_DENIED;
        } catch (ValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REFUSED;
        }
    }

    private static char[] readLine(BufferedReader reader) throws java.io.IOException {
        String line = reader.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
