package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nova user deactivate / reactivate} in-process on a store made by the real setup command. */
class UserCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine line = NovaCommand.commandLine();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            return line.execute(args);
        } finally {
            System.setIn(previous);
        }
    }

    private int asAdmin(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data-dir", dir.toString(), "--user", "admin", "--password-stdin"}, 0, all,
                args.length, 5);
        return run("motdepasse-solide\n", all);
    }

    @Test
    void anAccountIsDeactivatedThenReactivatedAndTheAdminCannotDeactivateItself() {
        assertEquals(0, run("motdepasse-solide\n", "setup", "--data-dir", dir.toString(), "--profile", "cabinet-alger",
                "--admin", "admin", "--password-stdin"), err.toString());
        assertEquals(0, run("motdepasse-solide\naccueil-2027!\n", "user", "add", "--data-dir", dir.toString(),
                "--user", "admin", "--password-stdin", "--new-user", "amina"), err.toString());

        assertEquals(0, asAdmin("user", "deactivate", "--account", "amina"), err.toString());
        assertTrue(out.toString().contains("Compte « amina » désactivé"), out.toString());
        assertEquals(ExitCodes.ACCESS_DENIED, run("accueil-2027!\naccueil-2028!\n", "user", "passwd", "--data-dir",
                dir.toString(), "--user", "amina", "--password-stdin"));
        assertTrue(err.toString().contains("Ce compte a été désactivé"), err.toString());

        assertEquals(ExitCodes.REFUSED, asAdmin("user", "deactivate", "--account", "admin"));
        assertTrue(err.toString().contains("Vous ne pouvez pas désactiver votre propre compte."), err.toString());

        assertEquals(0, asAdmin("user", "reactivate", "--account", "amina"), err.toString());
        assertEquals(0, run("accueil-2027!\naccueil-2028!\n", "user", "passwd", "--data-dir", dir.toString(),
                "--user", "amina", "--password-stdin"), err.toString());
    }
}
