package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import nova.app.Workstation;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The agenda commands run in-process on a real store. They open it with the default Argon2 cost, so the store is
 * made by the real setup command too.
 */
class AgendaCommandTest {

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

    @Test
    void bookThenListThenRefuseTheSameChairAndTime() throws Exception {
        assertEquals(0, run("motdepasse-solide\n", "setup", "--data-dir", dir.toString(), "--profile", "cabinet-alger",
                "--admin", "admin", "--password-stdin"), err.toString());
        LocalDate sunday = LocalDate.now(ZoneId.of("Africa/Algiers")).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        String start = sunday + "T09:00:00+01:00";

        int booked = run("motdepasse-solide\n", "agenda", "book", "--data-dir", dir.toString(), "--user", "admin",
                "--password-stdin", "--patient-name", "Amrani Fatima", "--phone", "05.55.12.34.56", "--care-type",
                "detartrage", "--start", start, "--chair", "Fauteuil 2");
        assertEquals(0, booked, err.toString());
        assertTrue(out.toString().contains("Rendez-vous enregistré"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("motdepasse-solide\n", "agenda", "list", "--data-dir", dir.toString(), "--user", "admin",
                "--password-stdin", "--date", sunday.toString(), "--json"), err.toString());
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertEquals(1, list.size());
        assertEquals("AMRANI Fatima", list.get(0).path("patient").asText());
        assertEquals("+213555123456", list.get(0).path("phone_e164").asText());
        assertEquals(sunday + "T09:45+01:00", list.get(0).path("end").asText(), "détartrage lasts 45 minutes");

        err.getBuffer().setLength(0);
        int refused = run("motdepasse-solide\n", "agenda", "book", "--data-dir", dir.toString(), "--user", "admin",
                "--password-stdin", "--patient-name", "Benali Karim", "--phone", "0661 22 33 44", "--care-type", "soin",
                "--start", sunday + "T09:30:00+01:00", "--chair", "Fauteuil 2");
        assertEquals(1, refused);
        assertTrue(err.toString().startsWith(
                "Rendez-vous refusé : Le fauteuil 2 est déjà occupé de 09:00 à 09:45 par AMRANI Fatima (Détartrage)."),
                err.toString());

        try (Workstation workstation = new nova.security.service.StoreAccess(java.time.Clock.systemUTC(),
                new nova.security.service.KeyWrapping(new java.security.SecureRandom(),
                        nova.security.service.KeyWrapping.Cost.DEFAULT)).open(dir, "admin", "motdepasse-solide".toCharArray())) {
            long audited = workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "select count(*) from AuditEventEntity where action = 'APPOINTMENT_BOOKED'", Long.class)
                    .getSingleResult());
            assertEquals(1, audited, "the CLI booking is audited like a GUI one");
        }
        // Support staff read the logs: the booking is there, the patient's name and phone are not.
        String logs;
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            logs = files.map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertTrue(logs.contains("event=appointment_booked"), logs);
        for (String secret : new String[] {"AMRANI", "Amrani", "BENALI", "555123456", "661223344", "55.12.34"}) {
            assertFalse(logs.contains(secret), "log leaks " + secret);
        }
    }

    @Test
    void aWrongPasswordExitsNonZeroAndOpensNothing() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        int status = run("pas-le-bon\n", "agenda", "list", "--data-dir", dir.toString(), "--user", "admin",
                "--password-stdin", "--date", "2026-11-22");
        assertEquals(3, status);
        assertEquals("Nom d'utilisateur ou mot de passe incorrect.", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void aMalformedPhoneIsRefusedInFrench() throws Exception {
        assertEquals(0, run("motdepasse-solide\n", "setup", "--data-dir", dir.toString(), "--profile", "cabinet-alger",
                "--admin", "admin", "--password-stdin"), err.toString());
        int status = run("motdepasse-solide\n", "agenda", "book", "--data-dir", dir.toString(), "--user", "admin",
                "--password-stdin", "--patient-name", "Saidi Lina", "--phone", "0555 12", "--care-type", "soin",
                "--start", "2026-11-22T10:00:00+01:00");
        assertEquals(1, status);
        assertTrue(err.toString().contains("n'est pas valide"), err.toString());
    }
}
