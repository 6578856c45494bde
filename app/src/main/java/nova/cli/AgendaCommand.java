package nova.cli;

import picocli.CommandLine.Command;

/** {@code nova agenda}: the day's list and booking, with the same rules and audit trail as the GUI. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = "Agenda : liste du jour et prise de rendez-vous.",
        subcommands = {AgendaListCommand.class, AgendaBookCommand.class})
public final class AgendaCommand {
}
