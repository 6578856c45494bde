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

    private char[] lastPassword = new char[0];

    Workstation open() throws AccessDeniedException, IOException {
        return open(new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Reads the password from the first line of {@code stdin}; later lines stay for the command (new passwords). */
    Workstation open(java.io.BufferedReader stdin) throws AccessDeniedException, IOException {
        String line = stdin.readLine();
        char[] password = line == null ? new char[0] : line.toCharArray();
        lastPassword = password.clone();
        try {
            return new StoreAccess(Clock.systemUTC(), new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT))
                    .open(DataDirectory.resolve(dataDir), user, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** The password the store was opened with (a password change must prove it again). */
    char[] lastPassword() {
        return lastPassword.clone();
    }
}
