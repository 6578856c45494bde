import java.io.ByteArrayOutputStream;
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

        var flyway = org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:mem:flyway", "sa", "")
                .locations("classpath:nova-runtime-smoke-none").load();
        System.out.println("Flyway: " + flyway.info().all().length + " migrations");

        var hibernate = new org.hibernate.cfg.Configuration()
                .setProperty("hibernate.connection.url", "jdbc:h2:mem:hibernate")
                .setProperty("hibernate.connection.username", "sa");
        try (var sessions = hibernate.buildSessionFactory()) {
            System.out.println("Hibernate session factory");
        }

        java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        var keys = javax.crypto.KeyGenerator.getInstance("AES", "BC");
        keys.init(256);
        System.out.println("Bouncy Castle " + keys.generateKey().getAlgorithm());

        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        System.out.println("Jackson " + json.writeValueAsString(Map.of("day", LocalDate.of(2026, 1, 4))));

        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            var page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0);
            System.out.println("PDFBox " + bytes.size() + " bytes, rendered " + page.getWidth() + " px");
        }

        try (var http = org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) {
            System.out.println("HttpClient 5 with TLS " + javax.net.ssl.SSLContext.getDefault().getProtocol());
        }

        var phones = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
        System.out.println("Phone " + phones.format(phones.parse("0550123456", "DZ"),
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
}
