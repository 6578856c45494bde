package nova;

import nova.cli.NovaCommand;
import picocli.CommandLine;

/**
 * Entry point of {@code nova-app.jar}. It is deliberately not a JavaFX {@code Application}: the JavaFX launcher
 * check would otherwise refuse to start from the class path, and command-line subcommands must run without the
 * GUI toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = NovaCommand.commandLine().execute(args);
        if (status != 0 || !NovaCommand.guiRequested(args)) {
            System.exit(status);
        }
    }
}
