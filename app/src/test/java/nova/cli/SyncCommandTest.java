package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.Stream;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.file.BundleFiles;
import nova.sync.connector.file.HubBundleExchange;
import nova.sync.connector.hub.HubInstaller;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nova sync …} in-process on a real store and a real hub, including a USB round trip via the district. */
class SyncCommandTest {

    private static final String PASSWORD = "motdepasse-solide";
    private static final String SECRET = "secret partagé des clés USB du cabinet";

    @TempDir
    Path dir;

    @TempDir
    Path stick;

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

    private String[] login(String... rest) {
        return Stream.concat(Stream.of("sync"), Stream.concat(Stream.of(rest),
                Stream.of("--data-dir", dir.toString(), "--user", "admin", "--password-stdin"))).toArray(String[]::new);
    }

    /** "En attente d'envoi : N" of the last status output. */
    private long pending() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("En attente d'envoi : (\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        return Long.parseLong(m.group(1));
    }

    private void book(String name, String time) {
        LocalDate sunday = LocalDate.now(ZoneId.of("Africa/Algiers")).plusWeeks(1)
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        assertEquals(0, run(PASSWORD + "\n", "agenda", "book", "--data-dir", dir.toString(), "--user", "admin",
                "--password-stdin", "--patient-name", name, "--phone", "05.55.12.34.56", "--care-type", "detartrage",
                "--start", sunday + "T" + time + ":00+01:00", "--chair", "Fauteuil 1"), err.toString());
    }

    @Test
    void configureRunStatusThenAUsbRoundTripThroughTheDistrict() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("cli");
        assertEquals(0, run(PASSWORD + "\n", "setup", "--data-dir", dir.toString(), "--profile", "cabinet-alger",
                "--admin", "admin", "--password-stdin"), err.toString());

        assertEquals(0, run(PASSWORD + "\n", login("status")), err.toString());
        assertTrue(out.toString().contains("Hub : non configuré"), out.toString());

        assertEquals(0, run(PASSWORD + "\n" + TestHub.SITE_PASSWORD + "\n" + SECRET + "\n", login("configure",
                "--hub-url", hub.jdbcUrl(), "--site", site, "--hub-password-stdin", "--bundle-secret-stdin",
                "--insecure-loopback-hub")), err.toString());
        assertTrue(out.toString().contains("sans TLS, hub local"), out.toString());
        assertFalse(out.toString().contains(TestHub.SITE_PASSWORD), "never echoed");
        assertEquals(0, run(PASSWORD + "\n", login("check")), err.toString());
        assertTrue(out.toString().matches("(?s)Connexion réussie en \\d+,\\d s : le hub accepte le compte « "
                + HubInstaller.roleNameOf(site) + " »\\.\\R"), out.toString());

        // The first run publishes the clinic profile and resources the setup queued.
        assertEquals(0, run(PASSWORD + "\n", login("run")), err.toString());
        assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.entity_state WHERE entity = 'clinic' AND site_id = ?",
                site));
        book("Amrani Fatima", "09:00");
        assertEquals(0, run(PASSWORD + "\n", login("run")), err.toString());
        assertTrue(out.toString().contains("2 envoyée(s)"), out.toString());
        assertEquals(2, hub.ledgerRows(site, "patient", "appointment"));

        // No network: the next booking leaves on a USB stick.
        book("Bouzid Karim", "10:00");
        assertEquals(0, run(PASSWORD + "\n", login("export", "--to", stick.toString())), err.toString());
        assertTrue(out.toString().contains("2 modification(s) exportée(s)"), out.toString());
        Path exported;
        try (Stream<Path> files = Files.list(stick)) {
            exported = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        assertEquals(0, run(PASSWORD + "\n", login("status")), err.toString());
        assertTrue(out.toString().contains("En attente d'envoi : 2"), out.toString());

        // At the district: the hub imports the stick and writes its reply onto it.
        Path replies = Files.createDirectory(stick.resolve("reponses"));
        HubBundleExchange.Outcome outcome;
        try (PostgresSyncConnector hubSide = new PostgresSyncConnector(hub.jdbcUrl(), SyncCredentials.hubLogin(site,
                "district", HubInstaller.roleNameOf(site), TestHub.SITE_PASSWORD.toCharArray()))) {
            outcome = new HubBundleExchange(new BundleFiles()).importBundle(exported, site, SECRET.toCharArray(),
                    hubSide, replies);
        }
        assertTrue(outcome.verdicts().stream().allMatch(v -> v.status() == PushStatus.APPLIED), outcome.toString());
        assertEquals(4, hub.ledgerRows(site, "patient", "appointment"));

        assertEquals(0, run(PASSWORD + "\n", login("import", outcome.replyFile().toString())), err.toString());
        assertTrue(out.toString().contains("2 modification(s) confirmée(s)"), out.toString());
        assertEquals(0, run(PASSWORD + "\n", login("status")), err.toString());
        assertTrue(out.toString().contains("En attente d'envoi : 0"), out.toString());

        // Importing the same reply again changes nothing.
        assertEquals(0, run(PASSWORD + "\n", login("import", outcome.replyFile().toString())), err.toString());
        assertTrue(out.toString().contains("0 modification(s) confirmée(s)"), out.toString());
        assertEquals(4, hub.ledgerRows(site, "patient", "appointment"));
    }

    @Test
    void anUnreachableHubSaysSoInFrenchAndKeepsEverythingQueued() throws Exception {
        assertEquals(0, run(PASSWORD + "\n", "setup", "--data-dir", dir.toString(), "--profile", "cabinet-alger",
                "--admin", "admin", "--password-stdin"), err.toString());
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(0, run(PASSWORD + "\nun-mot-de-passe-long\n", login("configure", "--hub-url",
                "postgresql://127.0.0.1:" + closedPort + "/nova?connectTimeout=2", "--site", "alger-1",
                "--hub-password-stdin", "--insecure-loopback-hub")), err.toString());
        assertEquals(0, run(PASSWORD + "\n", login("status")), err.toString());
        long queuedBySetup = pending();
        book("Cherif Nadia", "11:00");
        assertEquals(SyncCommand.HUB_UNREACHABLE, run(PASSWORD + "\n", login("run")));
        assertTrue(err.toString().startsWith("Hub injoignable (127.0.0.1:" + closedPort + ")"), err.toString());
        assertEquals(SyncCommand.HUB_UNREACHABLE, run(PASSWORD + "\n", login("check")));
        assertTrue(err.toString().startsWith("Hub injoignable (127.0.0.1:" + closedPort + ")"), err.toString());
        assertEquals(0, run(PASSWORD + "\n", login("status")), err.toString());
        assertEquals(queuedBySetup + 2, pending(), out.toString());

        assertEquals(ExitCodes.REFUSED, run(PASSWORD + "\n", login("configure", "--hub-url",
                "postgresql://hub.exemple.dz/nova", "--site", "alger-1", "--insecure-loopback-hub")));
        assertTrue(err.toString().contains("TLS"), err.toString());
    }

}
