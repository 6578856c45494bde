package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import nova.sync.connector.support.HubTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code nova hub init} and {@code nova hub add-site} against a real PostgreSQL (an empty database). */
class HubCommandTest {

    private static String url;

    @BeforeAll
    static void emptyDatabase() {
        url = "postgresql://127.0.0.1:" + HubTestServer.server().getPort() + "/" + HubTestServer.newDatabase();
    }

    @Test
    void initThenAddSiteThenInitAgain() throws Exception {
        Run init = run("motdepasse\n", "hub", "init", "--url", url, "--user", "postgres", "--password-stdin");
        assertEquals(0, init.code, init.err);
        assertTrue(init.out.contains("Hub installé"), init.out);

        Run addSite = run("motdepasse\n", "hub", "add-site", "--url", url, "--user", "postgres", "--password-stdin",
                "--site", "cscom-kati", "--name", "CSCOM de Kati Malibougou");
        assertEquals(0, addSite.code, addSite.err);
        assertTrue(addSite.out.contains("nova_site_cscom_kati"), addSite.out);
        assertTrue(addSite.out.contains("Mot de passe du site"), addSite.out);
        try (Connection connection = DriverManager.getConnection("jdbc:" + url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT display_name FROM nova_hub.site WHERE site_id = 'cscom-kati'")) {
            assertTrue(rows.next());
            assertEquals("CSCOM de Kati Malibougou", rows.getString(1), "the name other sites choose from");
        }

        Run again = run("motdepasse\n", "hub", "init", "--url", url, "--user", "postgres", "--password-stdin");
        assertEquals(0, again.code, again.err);
        assertTrue(again.out.contains("déjà à jour"), again.out);
    }

    @Test
    void aRemovedSiteNoLongerConnectsAndAddSiteBringsItBack() throws Exception {
        // Its own database: the other test checks what a first init says.
        String url = "postgresql://127.0.0.1:" + HubTestServer.server().getPort() + "/" + HubTestServer.newDatabase();
        assertEquals(0, run("motdepasse\n", "hub", "init", "--url", url, "--user", "postgres", "--password-stdin").code);
        String password = "mot-de-passe-du-site-kayes";
        Run added = run("motdepasse\n" + password + "\n", "hub", "add-site", "--url", url, "--user", "postgres",
                "--password-stdin", "--site-password-stdin", "--site", "kayes-1");
        assertEquals(0, added.code, added.err);
        try (Connection open = DriverManager.getConnection("jdbc:" + url, "nova_site_kayes_1", password)) {
            Run removed = run("motdepasse\n", "hub", "remove-site", "--url", url, "--user", "postgres",
                    "--password-stdin", "--site", "kayes-1");
            assertEquals(0, removed.code, removed.err);
            assertEquals("Site « kayes-1 » retiré du hub : son compte ne se connecte plus (1 session(s) fermée(s))."
                    + " Ses données restent sur le hub.\n", removed.out);
            assertTrue(open.isClosed() || !open.isValid(2), "the site's open session was ended");
        }
        java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> DriverManager.getConnection("jdbc:" + url, "nova_site_kayes_1", password).close());
        assertEquals("28000", refused.getSQLState(), "the login is disabled");
        try (Connection admin = DriverManager.getConnection("jdbc:" + url, "postgres", "postgres");
                Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM nova_hub.site WHERE site_id = 'kayes-1'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "no longer in the directory");
        }

        Run unknown = run("motdepasse\n", "hub", "remove-site", "--url", url, "--user", "postgres",
                "--password-stdin", "--site", "kayes-1");
        assertEquals(1, unknown.code);
        assertEquals("Erreur : Site inconnu du hub : « kayes-1 ».\n", unknown.err);

        assertEquals(0, run("motdepasse\n" + password + "\n", "hub", "add-site", "--url", url, "--user", "postgres",
                "--password-stdin", "--site-password-stdin", "--site", "kayes-1").code);
        DriverManager.getConnection("jdbc:" + url, "nova_site_kayes_1", password).close();
    }

    @Test
    void failuresExitNonZeroWithAFrenchMessage() {
        Run badSite = run("motdepasse\nmdp-du-site-assez-long\n", "hub", "add-site", "--url", url, "--user", "postgres",
                "--password-stdin", "--site-password-stdin", "--site", "pas valide!");
        assertEquals(1, badSite.code);
        assertTrue(badSite.err.contains("Identifiant de site invalide"), badSite.err);

        Run unreachable = run("x\n", "hub", "init", "--url", "postgresql://127.0.0.1:1/nova?connectTimeout=2",
                "--user", "postgres", "--password-stdin");
        assertEquals(1, unreachable.code);
        assertTrue(unreachable.err.startsWith("Erreur : Installation du hub impossible"), unreachable.err);

        Run noPassword = run("", "hub", "init", "--url", url, "--user", "postgres", "--password-stdin");
        assertEquals(1, noPassword.code);
        assertTrue(noPassword.err.contains("Mot de passe administrateur attendu"), noPassword.err);
    }

    private static Run run(String stdin, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine line = NovaCommand.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            int code = line.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(previous);
        }
    }

    private record Run(int code, String out, String err) {
    }
}
