import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Run by install-test.sh with the installed runtime and the installed libraries: each line exercises a library
 * that reaches JDK modules by reflection or native code, so a module missing from the jlink list fails here
 * rather than on a desk. Prints "RUNTIME OK" at the end; any exception ends the run with a stack trace.
 */
public final class RuntimeSmoke {

    private RuntimeSmoke() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:smoke;CIPHER=AES", "sa", "file-key user-key")) {
            db.createStatement().execute("create table patient(id int primary key, name varchar(40))");
            db.createStatement().execute("insert into patient values (1, 'Aïcha Benali')");
        }
        System.out.println("H2 with AES file encryption");

        // The hub's driver, without checker-qual (its annotations' jar is not shipped): up to the refused socket,
        // with sslmode=verify-full so its TLS set-up classes are resolved too.
        try (var closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = closed.getLocalPort();
            closed.close();
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/hub?sslmode=verify-full"
                    + "&connectTimeout=2", "nova", "secret").close();
            throw new IllegalStateException("a closed port accepted a PostgreSQL connection");
        } catch (org.postgresql.util.PSQLException expected) {
            System.out.println("PostgreSQL driver: " + expected.getSQLState() + " on a closed port");
        }

        var flyway = org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:mem:flyway", "sa", "")
                .locations("classpath:nova-runtime-smoke-none").load();
        System.out.println("Flyway: " + flyway.info().all().length + " migrations");

        var hibernate = new org.hibernate.cfg.Configuration()
                .setProperty("hibernate.connection.url", "jdbc:h2:mem:hibernate")
                .setProperty("hibernate.connection.username", "sa");
        try (var sessions = hibernate.buildSessionFactory()) {
            System.out.println("Hibernate session factory");
        }

        // What NOVA takes from Bouncy Castle (a trimmed bcprov, see TrimJar.java): Argon2 for the store key,
        // Ed25519 for sync bundles.
        var argon2 = new org.bouncycastle.crypto.generators.Argon2BytesGenerator();
        argon2.init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withSalt(new byte[16]).withMemoryAsKB(1024).withIterations(1).withParallelism(1).build());
        byte[] derived = new byte[32];
        argon2.generateBytes("mot de passe".toCharArray(), derived);
        var signingKey = new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(
                new java.security.SecureRandom());
        var signer = new org.bouncycastle.crypto.signers.Ed25519Signer();
        signer.init(true, signingKey);
        signer.update(derived, 0, derived.length);
        byte[] signature = signer.generateSignature();
        var verifier = new org.bouncycastle.crypto.signers.Ed25519Signer();
        verifier.init(false, signingKey.generatePublicKey());
        verifier.update(derived, 0, derived.length);
        if (!verifier.verifySignature(signature)) {
            throw new IllegalStateException("Ed25519 signature refused");
        }
        System.out.println("Bouncy Castle Argon2id and Ed25519");

        // The compressed hub wire's OpenPGP messages (bcpg over trimmed bcutil and bcprov, decision 0217), through
        // the connector's own codec: package-private, hence reflection.
        var sealedText = Class.forName("nova.sync.connector.postgresql.SealedText");
        var seal = sealedText.getDeclaredMethod("seal", String.class);
        var open = sealedText.getDeclaredMethod("open", byte[].class);
        seal.setAccessible(true);
        open.setAccessible(true);
        String wire = "[\"Aïcha Benali\",\"عائشة\"]".repeat(50);
        byte[] sealed = (byte[]) seal.invoke(null, wire);
        if (!wire.equals(open.invoke(null, (Object) sealed))) {
            throw new IllegalStateException("sealed text did not come back as written");
        }
        System.out.println("Bouncy Castle OpenPGP: " + wire.length() + " characters sealed in " + sealed.length + " bytes");

        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        System.out.println("Jackson " + json.writeValueAsString(Map.of("day", LocalDate.of(2026, 1, 4))));

        // NOVA's own PDF writer: embedded DejaVu subsets and Arabic shaping (decision 0208), read from the app jar.
        byte[] printed;
        try (var writer = new nova.agenda.service.print.PdfWriter(
                org.apache.pdfbox.pdmodel.common.PDRectangle.A4, 40, () -> { })) {
            writer.line("Rendez-vous : Aïcha Benali — عائشة بن علي, dimanche à 9 h 30",
                    nova.agenda.service.print.PdfWriter.REGULAR, 12, 16);
            printed = writer.finish();
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(printed)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            if (text.contains("?") || !text.contains("Aïcha")) {
                throw new IllegalStateException("PDF text not printed as written: " + text.strip());
            }
            var page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0);
            System.out.println("PDFBox " + printed.length + " bytes with embedded fonts, rendered " + page.getWidth() + " px");
        }

        // TLS with certificate and host name verification, as to the hub and to Claude: a real handshake with a
        // loopback HTTPS responder whose key (args[0], a PKCS12 store with password args[1]) the client trusts.
        if (args.length >= 2) {
            System.out.println("HttpClient 5 over TLS: " + https(java.nio.file.Path.of(args[0]), args[1]));
        } else {
            try (var http = org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) {
                System.out.println("HttpClient 5 with TLS " + javax.net.ssl.SSLContext.getDefault().getProtocol());
            }
        }

        var phones = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
        System.out.println("Phone " + phones.format(phones.parse("0550123456", "DZ"),
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL) + ", "
                + phones.format(phones.parse("76123456", "ML"),
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));

        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
        String algiers = LocalDate.of(2026, 11, 22).format(date.withLocale(Locale.forLanguageTag("fr-DZ")));
        if (!algiers.startsWith("dimanche")) {
            throw new IllegalStateException("French locale data missing: " + algiers);
        }
        System.out.println("Locale fr-DZ: " + algiers + ", zones " + java.time.ZoneId.of("Africa/Algiers")
                + " " + java.time.ZoneId.of("Africa/Bamako"));

        System.out.println("RUNTIME OK");
    }

    /** One HTTPS GET from HttpClient 5 to a loopback server using the key in {@code store}; returns the answer. */
    private static String https(java.nio.file.Path store, String password) throws Exception {
        var keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, password.toCharArray());
        }
        var keyManagers = javax.net.ssl.KeyManagerFactory.getInstance("PKIX");
        keyManagers.init(keys, password.toCharArray());
        var server = javax.net.ssl.SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, null);
        var trust = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        trust.init(keys);
        var client = javax.net.ssl.SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);

        try (var listener = server.getServerSocketFactory().createServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            Thread responder = Thread.ofPlatform().daemon().start(() -> {
                respond(listener);
                respond(listener); // the second client, which must refuse the certificate
            });
            var connections = org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
                    .setTlsSocketStrategy(new org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy(client))
                    .build();
            try (var http = org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                    .setConnectionManager(connections).build()) {
                String url = "https://localhost:" + listener.getLocalPort() + "/";
                String answer = http.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(url),
                        response -> org.apache.hc.core5.http.io.entity.EntityUtils.toString(response.getEntity()));
                try (var defaults = org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) {
                    defaults.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(url), response -> "");
                    throw new IllegalStateException("a certificate outside the trust store was accepted");
                } catch (javax.net.ssl.SSLHandshakeException expected) {
                    answer += ", unknown certificate refused";
                }
                responder.join(5_000);
                return answer;
            }
        }
    }

    private static void respond(java.net.ServerSocket listener) {
        try (var socket = (javax.net.ssl.SSLSocket) listener.accept()) {
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // request headers, ignored
            }
            String body = "hub " + socket.getSession().getProtocol() + " "
                    + socket.getSession().getCipherSuite();
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (java.io.IOException e) {
            // the refused handshake of the second client ends here
        }
    }
}
