package nova.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import nova.app.Workstation;
import nova.security.service.AccessDeniedException;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;
import nova.store.DataDirectory;
import picocli.CommandLine.Option;

/** The options every command that opens a store shares: which store, which user, the password on stdin. */
public final class StoreLogin {

    @Option(names = "--data-dir", description = "Dossier de la base (par défaut : celui du système).")
    Path dataDir;

    @Option(names = "--user", required = true, description = "Nom d'utilisateur.")
    String user;

    @Option(names = "--password-stdin", required = true, description = "Lit le mot de passe sur l'entrée standard.")
    boolean passwordStdin;

    Workstation open() throws AccessDeniedException, IOException {
        char[] password = PasswordInput.firstLine(System.in);
        try {
            return new StoreAccess(Clock.systemUTC(), new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT))
                    .open(DataDirectory.resolve(dataDir), user, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
