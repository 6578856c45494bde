package nova.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. Without a subcommand it opens the workstation; each subcommand runs headless.
 */
@Command(name = "nova",
        mixinStandardHelpOptions = true,
        versionProvider = NovaVersion.class,
        description = "NOVA, poste de travail de cabinet et de centre de santé. Sans sous-commande : ouvre l'application.",
        subcommands = {
                CommandLine.HelpCommand.class,
                SetupCommand.class,
                AgendaCommand.class,
                UserCommand.class,
                SettingsCommand.class,
                AssistantCommand.class,
                HubCommand.class,
                SyncCommand.class,
        })
public final class NovaCommand implements Callable<Integer> {

    @Option(names = "--data-dir", description = "Dossier des données (par défaut : celui du système).")
    Path dataDir;

    @Option(names = "--demo", description = "Au premier lancement, crée un cabinet de démonstration.")
    boolean demo;

    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new NovaCommand());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.IParameterExceptionHandler standard = line.getParameterExceptionHandler();
        // Scripts read the assistant's standard error: a bad argument there is one line, not the whole usage.
        line.setParameterExceptionHandler((error, args) -> {
            CommandLine failing = error.getCommandLine();
            if (!failing.getCommandSpec().qualifiedName().startsWith("nova assistant")) {
                return standard.handleParseException(error, args);
            }
            failing.getErr().println("Argument invalide : " + error.getMessage() + " (voir --help).");
            failing.getErr().flush();
            return failing.getCommandSpec().exitCodeOnInvalidInput();
        });
        return line;
    }

    /** True when the arguments name no subcommand, so the GUI stays open after {@code main} returns. */
    public static boolean guiRequested(String[] args) {
        CommandLine.ParseResult result;
        try {
            result = commandLine().parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return false;
        }
        return !result.hasSubcommand() && !result.isUsageHelpRequested() && !result.isVersionHelpRequested();
    }

    @Override
    public Integer call() {
        nova.ui.GuiLauncher.launch(new nova.ui.StartOptions(dataDir, demo), nova.app.StoreDeskBackend::forOptions);
        return 0;
    }
}
