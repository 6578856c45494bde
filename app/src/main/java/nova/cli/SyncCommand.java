package nova.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nova.app.Workstation;
import nova.common.ValidationException;
import nova.security.domain.Role;
import nova.security.service.AccessDeniedException;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.SyncException;
import nova.sync.domain.SyncConflict;
import nova.sync.domain.ReferenceKind;
import nova.sync.domain.SyncRecordError;
import nova.sync.domain.SyncReport;
import nova.sync.domain.SyncStatus;
import nova.sync.service.HubProbe;
import nova.sync.service.SyncService;
import nova.sync.service.SyncSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nova sync}: the hub connection from the command line. Exit status 4 when the hub cannot be reached
 * (everything stays queued and nothing is lost).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Synchronisation avec le hub : état, synchronisation, clé USB, réglages.",
        subcommands = {SyncCommand.Status.class, SyncCommand.Check.class, SyncCommand.Run.class,
                SyncCommand.Export.class, SyncCommand.Import.class, SyncCommand.Configure.class})
public final class SyncCommand {

    /** The hub could not be reached; the outbox keeps everything for the next attempt. */
    static final int HUB_UNREACHABLE = 4;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Opens the store, runs the action, maps failures to French messages and exit statuses. */
    abstract static class Action implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreLogin login;

        abstract int run(Workstation workstation, BufferedReader stdin, PrintWriter out) throws Exception;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try (Workstation workstation = login.open(stdin)) {
                return run(workstation, stdin, spec.commandLine().getOut());
            } catch (AccessDeniedException e) {
                err.println(e.getMessage());
                return ExitCodes.ACCESS_DENIED;
            } catch (ValidationException e) {
                err.println(e.getMessage());
                return ExitCodes.REFUSED;
            } catch (SyncException e) {
                err.println(e.getMessage());
                return e.retryable() ? HUB_UNREACHABLE : ExitCodes.REFUSED;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Affiche l'état : en attente, refusées, à résoudre, dernière synchronisation.")
    static final class Status extends Action {
        @Override
        int run(Workstation workstation, BufferedReader stdin, PrintWriter out) {
            SyncService sync = workstation.sync();
            SyncSettings settings = sync.settings();
            SyncStatus status = sync.status();
            ZoneId zone = workstation.clinic().profile().zone();
            out.println("Hub : " + settings.hubUrl().map(SyncCommand::withoutSecrets).orElse("non configuré")
                    + (settings.siteId().map(s -> " (site " + s + ")").orElse("")));
            out.println("Poste : " + settings.workstationId());
            out.println("En attente d'envoi : " + status.pending());
            out.println("Refusées ou non applicables : " + status.rejected());
            out.println("À résoudre : " + status.openConflicts());
            out.println("Dernière synchronisation réussie : " + (status.lastSuccess() == null ? "aucune"
                    : WHEN.format(status.lastSuccess().atZone(zone))));
            List<SyncRecordError> errors = sync.recordErrors();
            for (SyncRecordError error : errors) {
                out.println("  [" + error.reference() + "] " + frenchEntity(error.entity()) + " " + error.entityId()
                        + " : " + error.reason());
            }
            for (SyncConflict conflict : sync.openConflicts()) {
                out.println("  À résoudre " + conflict.id() + " : " + conflict.title());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Vérifie la connexion au hub configuré (une session et une lecture), sans rien envoyer ni"
                    + " recevoir.")
    static final class Check extends Action {
        @Override
        int run(Workstation workstation, BufferedReader stdin, PrintWriter out) {
            HubProbe.Reached reached = new HubProbe(workstation.sync().settings()).trySaved();
            out.println(String.format(java.util.Locale.FRANCE, "Connexion réussie en %.1f s : le hub accepte le compte"
                    + " « %s ».", reached.took().toMillis() / 1000.0, reached.user()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Envoie les modifications puis reçoit celles du hub.")
    static final class Run extends Action {
        @Option(names = "--retry-refused", description = "Remet d'abord en attente toutes les modifications refusées"
                + " par le hub (par exemple après sa mise à jour).")
        boolean retryRefused;

        @Override
        int run(Workstation workstation, BufferedReader stdin, PrintWriter out) {
            if (retryRefused) {
                out.println(workstation.sync().retryAllRefused() + " modification(s) refusée(s) remise(s) en attente.");
            }
            SyncSettings settings = workstation.sync().settings();
            try (SyncConnector connector = SyncConnectors.open(settings.effectiveUrl(), settings.hubCredentials())) {
                SyncReport report = workstation.sync().synchronise(connector);
                out.println("Synchronisation terminée : " + report.french() + ".");
                SyncStatus status = workstation.sync().status();
                out.println("En attente : " + status.pending() + ", refusées : " + status.rejected()
                        + ", à résoudre : " + status.openConflicts() + ".");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Écrit les modifications non confirmées dans un fichier chiffré et signé pour le district.")
    static final class Export extends Action {
        @Option(names = "--to", required = true, description = "Dossier de la clé USB (créé s'il n'existe pas).")
        Path folder;

        @Override
        int run(Workstation workstation, BufferedReader stdin, PrintWriter out) throws IOException {
            Files.createDirectories(folder);
            Set<Path> before = files(folder);
            SyncSettings settings = workstation.sync().settings();
            try (SyncConnector bundle = SyncConnectors.open(folder.toUri(), settings.bundleCredentials())) {
                SyncReport report = workstation.sync().exportTo(bundle);
                Set<Path> written = files(folder);
                written.removeAll(before);
                if (report.staged() == 0) {
                    out.println("Rien à exporter : aucune modification en attente.");
                } else {
                    out.println(report.staged() + " modification(s) exportée(s) dans "
                            + written.stream().map(Path::toString).collect(Collectors.joining(", ")) + ".");
                }
                if (report.rejected() > 0) {
                    out.println(report.rejected() + " modification(s) refusée(s) : voir « nova sync status ».");
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Lit la réponse du district (fichier de la clé USB) : confirmations et modifications du hub.")
    static final class Import extends Action {
        @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier de réponse du hub, ou son dossier.")
        Path file;

        @Override
        int run(Workstation workstation, BufferedReader stdin, PrintWriter out) throws IOException {
            if (!Files.exists(file)) {
                throw new ValidationException("Fichier introuvable : " + file);
            }
            Path folder = file;
            Path copy = null;
            if (!Files.isDirectory(file)) {
                // Only this file is read: the connector reads a folder, so give it one holding just this file.
                copy = Files.createTempDirectory("nova-import");
                Files.copy(file, copy.resolve(file.getFileName()));
                folder = copy;
            }
            try (SyncConnector bundle = SyncConnectors.open(folder.toUri(),
                    workstation.sync().settings().bundleCredentials())) {
                SyncReport report = workstation.sync().importFrom(bundle);
                out.println("Import terminé : " + report.pushed() + " modification(s) confirmée(s) par le hub, "
                        + report.rejected() + " refusée(s), " + report.applied() + " reçue(s) et appliquée(s), "
                        + report.newConflicts() + " à résoudre.");
                return ExitCodes.OK;
            } finally {
                if (copy != null) {
                    try (Stream<Path> walk = Files.walk(copy)) {
                        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(path);
                        }
                    }
                }
            }
        }
    }

    @Command(name = "configure", mixinStandardHelpOptions = true,
            description = "Enregistre le hub de ce poste (administrateur). Entrée standard : votre mot de passe, puis"
                    + " le mot de passe du site si --hub-password-stdin, puis le secret des clés USB si"
                    + " --bundle-secret-stdin. Tout est chiffré dans la base.")
    static final class Configure extends Action {
        @Option(names = "--hub-url", description = "Adresse du hub : postgresql://hôte:5432/base (TLS vérifié).")
        String hubUrl;
        @Option(names = "--site", required = true, description = "Identifiant du site sur le hub.")
        String site;
        @Option(names = "--hub-user", description = "Compte du site sur le hub (défaut : nova_site_<site>).")
        String hubUser;
        @Option(names = "--hub-password-stdin", description = "Lit le mot de passe du site sur l'entrée standard.")
        boolean hubPasswordStdin;
        @Option(names = "--bundle-secret-stdin", description = "Lit le secret des clés USB sur l'entrée standard.")
        boolean bundleSecretStdin;
        @Option(names = "--insecure-loopback-hub",
                description = "Sans TLS : seulement pour un hub sur ce poste (127.0.0.1), pour des essais.")
        boolean tlsOffForLoopback;
        @Option(names = "--new-workstation-id", description = "Donne un nouvel identifiant à ce poste (poste installé"
                + " à partir de la copie d'un autre).")
        boolean newWorkstationId;

        @Override
        int run(Workstation workstation, BufferedReader stdin, PrintWriter out) throws IOException {
            if (workstation.user().role() != Role.ADMIN) {
                spec.commandLine().getErr().println("Seul un administrateur peut régler la synchronisation.");
                return ExitCodes.REFUSED;
            }
            char[] password = hubPasswordStdin ? line(stdin) : null;
            char[] secret = bundleSecretStdin ? line(stdin) : null;
            SyncSettings settings = workstation.sync().settings();
            try {
                settings.configure(hubUrl, site, hubUser, password, secret, tlsOffForLoopback);
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
                if (secret != null) {
                    java.util.Arrays.fill(secret, '\0');
                }
            }
            if (newWorkstationId) {
                settings.renewWorkstationId();
            }
            out.println("Synchronisation réglée : site " + site + ", hub "
                    + settings.hubUrl().map(SyncCommand::withoutSecrets).orElse("non renseigné")
                    + (tlsOffForLoopback ? " (sans TLS, hub local)" : " (TLS avec vérification du certificat)")
                    + ", poste " + settings.workstationId() + ".");
            return ExitCodes.OK;
        }

        private static char[] line(BufferedReader stdin) throws IOException {
            String line = stdin.readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
    }

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }

    /** A URL as shown: any password parameter hidden. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String frenchEntity(String entity) {
        return switch (entity) {
            case "patient" -> "Patient";
            case "appointment" -> "Rendez-vous";
            default -> ReferenceKind.ofEntity(entity).map(ReferenceKind::frenchName)
                    .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1)).orElse(entity);
        };
    }
}
