package nova.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantContext;
import nova.assistant.domain.AssistantEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nova.assistant.service.AssistantReply;
import nova.assistant.service.AssistantService;
import nova.assistant.service.ClaudeSettings;
import nova.assistant.service.ClinicAssistantContexts;
import nova.assistant.service.FixedClaudeSettings;
import nova.assistant.service.claude.CircuitBreaker;
import nova.assistant.service.claude.ClaudeEngine;
import nova.assistant.service.claude.RetryPolicy;
import nova.clinic.service.ClinicCard;
import nova.store.DataDirectory;
import nova.store.StoreLayout;
import nova.assistant.service.LocalFrenchEngine;
import nova.assistant.service.time.FrenchTimeParser;
import nova.assistant.service.time.TimeReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nova assistant parse|when}: the free-text assistant from the command line, for scripts and evaluation.
 * Standard output carries only JSON, one object per line, written in UTF-8; messages go to standard error.
 * Neither subcommand opens the clinic database nor loads the GUI toolkit.
 */
@Command(name = "assistant",
        mixinStandardHelpOptions = true,
        description = "Assistant de prise de rendez-vous en texte libre (sortie JSON).",
        subcommands = {AssistantCommand.Parse.class, AssistantCommand.When.class, CommandLine.HelpCommand.class})
public final class AssistantCommand implements Callable<Integer> {

    static final int BAD_ARGUMENTS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream stdin;
    private final PrintWriter stdout;
    private final PrintWriter stderr;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Real streams; standard output is written in UTF-8 whatever the platform's console encoding. */
    public AssistantCommand() {
        this(System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    AssistantCommand(InputStream stdin, PrintWriter stdout, PrintWriter stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        stderr.println("Sous-commande attendue : parse ou when (voir nova assistant --help).");
        stderr.flush();
        return BAD_ARGUMENTS;
    }

    @CommandLine.ParentCommand
    NovaCommand root;

    private AssistantService assistant;

    /**
     * Claude first when an API key is configured (the command line opens no store, so the key comes from the
     * environment: ANTHROPIC_API_KEY), the local engine otherwise or when Claude fails.
     */
    AssistantService assistant() {
        if (assistant == null) {
            LocalFrenchEngine local = new LocalFrenchEngine();
            ClaudeSettings settings = FixedClaudeSettings.fromEnvironment(System.getenv());
            // Without a key AssistantService answers locally before ever calling Claude: no HTTP client is built.
            AssistantEngine claude = settings.hasApiKey() ? new ClaudeEngine(settings, RetryPolicy.defaults(), JSON) : local;
            assistant = new AssistantService(local, claude, settings, CircuitBreaker.withDefaults(Clock.systemUTC()));
        }
        return assistant;
    }

    /**
     * The clinic card of the data directory (root --data-dir, else the system's), when a store exists there. A
     * command built on its own (tests, embedding) has no root and answers with the presets only.
     */
    Optional<ClinicCard> clinicCard() {
        if (root == null) {
            return Optional.empty();
        }
        Path dataDir = DataDirectory.resolve(root.dataDir);
        return ClinicCard.read(new StoreLayout(dataDir).clinicCard());
    }

    /** Options shared by both subcommands. */
    abstract static class Request implements Callable<Integer> {

        @ParentCommand
        AssistantCommand parent;

        @Option(names = "--offline", description = "N'appelle jamais Claude : moteur local uniquement.")
        boolean offline;

        @Option(names = "--now", paramLabel = "ISO",
                description = "Instant de référence, ISO-8601 avec décalage (ex. 2026-11-23T10:00:00+01:00).")
        String now;

        @Option(names = "--zone", paramLabel = "ZONE",
                description = "Fuseau (Africa/Algiers, Africa/Bamako, -02:00...). Par défaut : Africa/Algiers.")
        String zone;

        @Option(names = "--batch", description = "Une demande par ligne sur l'entrée standard, une ligne JSON par demande.")
        boolean batch;

        @Parameters(arity = "0..*", paramLabel = "TEXTE", description = "La demande (plusieurs mots possibles).")
        List<String> words;

        @Override
        public Integer call() {
            ZoneId zoneId;
            Instant instant;
            try {
                zoneId = zone == null ? parent.clinicCard().map(ClinicCard::zone).orElse(AssistantContext.DEFAULT_ZONE)
                        : ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                return refuse("Fuseau invalide : " + zone + " (exemples : Africa/Algiers, Africa/Bamako, -02:00).");
            }
            try {
                instant = now == null ? Instant.now() : OffsetDateTime.parse(now.strip()).toInstant();
            } catch (DateTimeException e) {
                return refuse("Date --now invalide : " + now + " (attendu : ISO-8601 avec décalage, ex. 2026-11-23T10:00:00+01:00).");
            }
            if (batch && words != null && !words.isEmpty()) {
                return refuse("Avec --batch, les demandes se lisent sur l'entrée standard : pas de texte en argument.");
            }
            if (!batch && (words == null || words.isEmpty())) {
                return refuse("Texte manquant : donnez la demande en argument ou utilisez --batch.");
            }
            Function<String, String> answer = answerer(zoneId, instant);
            PrintWriter out = parent.stdout;
            if (!batch) {
                out.println(safely(answer, String.join(" ", words)));
                out.flush();
                return 0;
            }
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(parent.stdin, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.println(safely(answer, line));
                }
                out.flush();
                return 0;
            } catch (IOException e) {
                out.flush();
                parent.stderr.println("Lecture de l'entrée standard impossible : " + e.getMessage());
                parent.stderr.flush();
                return 1;
            }
        }

        /** Builds the function answering one request with the JSON line to print. */
        abstract Function<String, String> answerer(ZoneId zone, Instant now);

        /** The answer when even the engine's own safety net failed: still one line of valid JSON. */
        abstract String fallback(ZoneId zone, Instant now);

        private String safely(Function<String, String> answer, String text) {
            try {
                return answer.apply(text);
            } catch (RuntimeException e) {
                return fallback(zoneOrDefault(), Instant.now());
            }
        }

        private ZoneId zoneOrDefault() {
            try {
                return zone == null ? AssistantContext.DEFAULT_ZONE : ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                return AssistantContext.DEFAULT_ZONE;
            }
        }

        private int refuse(String message) {
            parent.stderr.println(message);
            parent.stderr.flush();
            return BAD_ARGUMENTS;
        }
    }

    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = "Transforme une demande en une action JSON (contrat de l'assistant).")
    static final class Parse extends Request {

        @Override
        Function<String, String> answerer(ZoneId zone, Instant now) {
            AssistantContext context = ClinicAssistantContexts.forZone(parent.clinicCard(), zone, now);
            AssistantService assistant = parent.assistant();
            String[] lastNotice = {null};
            return text -> {
                AssistantReply reply = assistant.ask(text, context, offline);
                // Standard output is JSON only; which engine answered, and why, goes to standard error once.
                reply.notice().filter(n -> !n.equals(lastNotice[0])).ifPresent(n -> {
                    lastNotice[0] = n;
                    parent.stderr.println(n);
                    parent.stderr.flush();
                });
                return json(reply.action());
            };
        }

        @Override
        String fallback(ZoneId zone, Instant now) {
            AssistantContext context = ClinicAssistantContexts.forZone(parent.clinicCard(), zone, now);
            return json(new AssistantAction(AssistantAction.ActionType.NEED_INFO, context.clinicAddress(), zone.getId(),
                    null, null, null, null, null, List.of("action"),
                    "Que souhaitez-vous faire : prendre, déplacer, annuler ou confirmer un rendez-vous ?", "local"));
        }
    }

    @Command(name = "when", mixinStandardHelpOptions = true,
            description = "Donne seulement la référence temporelle trouvée dans l'expression (JSON).")
    static final class When extends Request {

        @Override
        Function<String, String> answerer(ZoneId zone, Instant now) {
            FrenchTimeParser parser = new FrenchTimeParser();
            return text -> json(parser.when(text, now.atZone(zone)));
        }

        @Override
        String fallback(ZoneId zone, Instant now) {
            return json(TimeReference.NONE);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), false);
    }
}
