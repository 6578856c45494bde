package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nova.store.StoreLayout;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nova setup --join-hub}: a second desk made from the hub, then synchronised, with the real commands. */
class SetupJoinCommandTest {

    private static final String PASSWORD = "motdepasse-solide";

    @TempDir
    Path first;

    @TempDir
    Path second;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
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

    private String[] sync(Path dir, String user, String... rest) {
        String[] login = {"--data-dir", dir.toString(), "--user", user, "--password-stdin"};
        String[] args = new String[1 + rest.length + login.length];
        args[0] = "sync";
        args[1] = rest[0];
        System.arraycopy(rest, 1, args, 2, rest.length - 1);
        System.arraycopy(login, 0, args, 1 + rest.length, login.length);
        return args;
    }

    private String[] join(Path dir, String hubUrl, String site) {
        return new String[]{"setup", "--data-dir", dir.toString(), "--join-hub", hubUrl, "--site", site,
                "--insecure-loopback-hub", "--admin", "accueil2", "--password-stdin"};
    }

    @Test
    void aSecondDeskJoinsFromTheHubAndRemembersItsLastSynchronisation() {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("cabinet");
        assertEquals(0, run(PASSWORD + "\n", "setup", "--data-dir", first.toString(), "--profile", "cabinet-alger",
                "--admin", "admin", "--password-stdin"), err.toString());
        assertEquals(0, run(PASSWORD + "\n" + TestHub.SITE_PASSWORD + "\n", sync(first, "admin", "configure",
                "--hub-url", hub.jdbcUrl(), "--site", site, "--hub-password-stdin", "--insecure-loopback-hub")),
                err.toString());
        assertEquals(0, run(PASSWORD + "\n", sync(first, "admin", "run")), err.toString());

        Path desk = second.resolve("poste2");
        assertEquals(0, run(PASSWORD + "\n" + TestHub.SITE_PASSWORD + "\n", join(desk, hub.jdbcUrl(), site)),
                err.toString());
        assertTrue(out.toString().contains("Cabinet"), out.toString());
        assertTrue(out.toString().contains("praticien(s)"), out.toString());
        assertFalse(out.toString().contains(TestHub.SITE_PASSWORD), "never echoed");

        // A later process: the desk's own admin logs in; the hub settings and the last success were kept.
        assertEquals(0, run(PASSWORD + "\n", sync(desk, "accueil2", "status")), err.toString());
        assertTrue(out.toString().contains("(site " + site + ")"), out.toString());
        assertFalse(out.toString().contains("réussie : aucune"), out.toString());
        assertTrue(out.toString().contains("En attente d'envoi : 0"), out.toString());
        assertEquals(0, run(PASSWORD + "\n", sync(desk, "accueil2", "run", "--retry-refused")), err.toString());
        assertTrue(out.toString().contains("0 modification(s) refusée(s) remise(s) en attente."), out.toString());
        assertTrue(out.toString().contains("0 envoyée(s)"), out.toString());

        assertEquals(ExitCodes.REFUSED, run(PASSWORD + "\n" + TestHub.SITE_PASSWORD + "\n",
                join(desk, hub.jdbcUrl(), site)), "never over an existing store");
        assertTrue(err.toString().contains("existe déjà"), err.toString());
    }

    @Test
    void wrongCombinationsAndAnUnreachableHubAreRefusedInFrenchWithoutLeavingAStore() throws Exception {
        Path desk = second.resolve("poste");
        assertEquals(ExitCodes.USAGE, run(PASSWORD + "\n", "setup", "--data-dir", desk.toString(), "--join-hub",
                "postgresql://127.0.0.1/nova", "--admin", "accueil", "--password-stdin"));
        assertTrue(err.toString().contains("--site"), err.toString());
        assertEquals(ExitCodes.USAGE, run(PASSWORD + "\n", "setup", "--data-dir", desk.toString(), "--profile",
                "cabinet-alger", "--join-hub", "postgresql://127.0.0.1/nova", "--site", "x", "--admin", "accueil",
                "--password-stdin"));

        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(SyncCommand.HUB_UNREACHABLE, run(PASSWORD + "\nmot-de-passe-du-site\n", join(desk,
                "postgresql://127.0.0.1:" + closedPort + "/nova?connectTimeout=2", "alger-1")));
        assertFalse(err.toString().isBlank());
        assertFalse(new StoreLayout(desk).storeExists(), "nothing left behind");
    }
}
