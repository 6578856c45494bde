package nova.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import nova.app.Workstation;
import nova.assistant.service.StoredClaudeSettings;
import nova.security.domain.Role;
import nova.security.service.AccessDeniedException;
import nova.store.SettingsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nova settings claude}: the assistant's Claude connection, for an admin. The key is never echoed. */
@Command(name = "settings", mixinStandardHelpOptions = true, description = "Réglages de l'administrateur.",
        subcommands = {SettingsCommand.Claude.class})
public final class SettingsCommand {

    @Command(name = "claude", mixinStandardHelpOptions = true,
            description = "Active ou désactive Claude et enregistre la clé API (chiffrée dans la base). Entrée standard :"
                    + " mot de passe, puis la clé si --api-key-stdin.")
    static final class Claude implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreLogin login;
        @Option(names = "--enable", negatable = true, description = "Utiliser Claude quand il est joignable (--no-enable : jamais).")
        Boolean enable;
        @Option(names = "--api-key-stdin", description = "Lit la clé API sur la ligne suivante de l'entrée standard.")
        boolean apiKeyStdin;
        @Option(names = "--model", description = "Modèle (défaut : claude-haiku-4-5).")
        String model;

        @Override
        public Integer call() throws Exception {
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try (Workstation workstation = login.open(reader)) {
                if (workstation.user().role() != Role.ADMIN) {
                    spec.commandLine().getErr().println("Seul un administrateur peut modifier ces réglages.");
                    return ExitCodes.REFUSED;
                }
                StoredClaudeSettings settings = new StoredClaudeSettings(new SettingsStore(workstation.database()));
                String key = apiKeyStdin ? reader.readLine() : new String(settings.apiKey());
                settings.update(enable == null ? settings.enabled() : enable, key, model == null ? settings.model() : model);
                spec.commandLine().getOut().println("Claude " + (settings.enabled() ? "activé" : "désactivé")
                        + ", modèle " + settings.model() + ", clé API " + (settings.hasApiKey() ? "enregistrée" : "absente") + ".");
                return ExitCodes.OK;
            } catch (AccessDeniedException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCodes.ACCESS_DENIED;
            }
        }
    }
}
