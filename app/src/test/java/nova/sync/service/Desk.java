package nova.sync.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.store.AppointmentEntity;
import nova.app.Workstation;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.patient.store.PatientEntity;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.SyncReport;
import nova.sync.store.LocalTransactions;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import nova.sync.store.RecordRows;
import nova.testing.TestStores;

/** One workstation of a test: a real encrypted store, configured for a real hub. */
final class Desk implements AutoCloseable {

    static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final Path dir;
    final Workstation workstation;
    final Clock clock;
    final String site;

    private Desk(Path dir, Workstation workstation, Clock clock, String site) {
        this.dir = dir;
        this.workstation = workstation;
        this.clock = clock;
        this.site = site;
    }

    /** A new clinic store (its own chairs and practitioners). */
    static void createStore(Path dir) {
        TestStores.create(dir, "cabinet-alger", false);
    }

    /** A second desk of the same clinic is installed from a copy of the first one's store. */
    static void copyStore(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains("/logs/")) {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteStore(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Desk open(Path dir, TestHub hub, String site, Clock clock) throws Exception {
        Workstation workstation = TestStores.login(dir, clock);
        Desk desk = new Desk(dir, workstation, clock, site);
        workstation.sync().settings().configure(hub.jdbcUrl(), site, null,
                TestHub.SITE_PASSWORD.toCharArray(), "secret-des-cles-usb".toCharArray(), true);
        return desk;
    }

    /**
     * A desk whose first synchronisation is done: its clinic profile and resources (queued by the setup) are on
     * the hub, as on any installed desk, so that a test counts only the changes it makes itself.
     */
    static Desk openPublished(Path dir, TestHub hub, String site, Clock clock) throws Exception {
        Desk desk = open(dir, hub, site, clock);
        desk.synchronise();
        return desk;
    }

    SyncService sync() {
        return workstation.sync();
    }

    SyncConnector connect() {
        SyncSettings settings = sync().settings();
        return SyncConnectors.open(settings.effectiveUrl(), settings.hubCredentials());
    }

    SyncReport synchronise() {
        try (SyncConnector connector = connect()) {
            return sync().synchronise(connector);
        }
    }

    PatientSummary newPatient(String lastName) {
        return workstation.patients().create(new NewPatient(lastName, "Amina", Sex.FEMALE, 1985, null,
                "0555 12 34 56", null, null));
    }

    /** Next Sunday (a working day in Algiers) at {@code time}, far enough in the future for any test clock. */
    static ZonedDateTime nextSundayAt(int weeksAhead, LocalTime time) {
        LocalDate sunday = LocalDate.now(ALGIERS).plusWeeks(weeksAhead + 2L)
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        return sunday.atTime(time).atZone(ALGIERS);
    }

    AppointmentView book(UUID patientId, ZonedDateTime start, String notes) {
        var clinic = workstation.clinic();
        return workstation.agenda().book(new BookingRequest(patientId, clinic.careTypes().getFirst().code(),
                clinic.practitioners().getFirst().id(), clinic.chairs().getFirst().id(), start, 30, notes, "TEST"));
    }

    /** An edit as the agenda's edit operations make it: the row and its outbox entry in one transaction. */
    void editAppointment(UUID id, Consumer<AppointmentEntity> edit) {
        OutboxWriter writer = new OutboxWriter(clock);
        workstation.database().runInTransaction(session -> {
            AppointmentEntity appointment = session.find(AppointmentEntity.class, id);
            edit.accept(appointment);
            session.flush();
            writer.upsert(session, "appointment", id, appointment.getHubVersion(), appointment.syncFields());
        });
    }

    /** Sets a field that has no edit operation yet (notes), then queues the record as the services would. */
    void setAppointmentField(UUID id, String field, String value) {
        new LocalTransactions(workstation.database()).inTransaction(tx -> {
            new RecordRows().setField(tx.connection(), "appointment", id, field,
                    JSON.getNodeFactory().textNode(value), clock.instant());
            return null;
        });
        editAppointment(id, appointment -> { });
    }

    AppointmentEntity appointment(UUID id) {
        return workstation.database().inTransaction(session -> session.find(AppointmentEntity.class, id));
    }

    long outboxCount(String... statuses) {
        return new LocalTransactions(workstation.database()).inTransaction(tx ->
                new OutboxRows().count(tx.connection(), statuses));
    }

    long waiting() {
        return outboxCount(OutboxRow.PENDING, OutboxRow.STAGED);
    }

    /** Every local record of an entity as canonical synced fields, by id. */
    Map<UUID, String> localState(String entity) {
        Map<UUID, String> state = new TreeMap<>();
        workstation.database().runInTransaction(session -> {
            if (entity.equals("patient")) {
                for (PatientEntity p : session.createSelectionQuery("from PatientEntity", PatientEntity.class).getResultList()) {
                    state.put(p.getId(), canonical(toJson(p.syncFields())));
                }
            } else {
                for (AppointmentEntity a : session.createSelectionQuery("from AppointmentEntity", AppointmentEntity.class)
                        .getResultList()) {
                    state.put(a.getId(), canonical(toJson(a.syncFields())));
                }
            }
        });
        return state;
    }

    static Map<UUID, String> canonicalState(Map<UUID, String> payloads) {
        Map<UUID, String> state = new TreeMap<>();
        payloads.forEach((id, payload) -> state.put(id, canonical(payload)));
        return state;
    }

    /** Asserts that a workstation holds exactly the hub's view of an entity, showing the differences if not. */
    void assertSameAsHub(TestHub hub, String entity) {
        Map<UUID, String> expected = canonicalState(hub.state(site, entity));
        Map<UUID, String> actual = localState(entity);
        if (!checksum(expected).equals(checksum(actual))) {
            StringBuilder diff = new StringBuilder("local " + entity + " state differs from the hub's:\n");
            for (UUID id : new java.util.TreeSet<>(java.util.stream.Stream.concat(expected.keySet().stream(),
                    actual.keySet().stream()).toList())) {
                if (!java.util.Objects.equals(expected.get(id), actual.get(id))) {
                    diff.append(id).append("\n  hub:   ").append(expected.get(id))
                            .append("\n  local: ").append(actual.get(id)).append('\n');
                }
            }
            org.junit.jupiter.api.Assertions.fail(diff.toString());
        }
    }

    /** A checksum of a whole state, to compare workstations with the hub. */
    static String checksum(Map<UUID, String> state) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(state).forEach((id, payload) -> {
                digest.update(id.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sorted keys (the hub's jsonb does not keep their order); values compared exactly. */
    static String canonical(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                sorted.put(field.getKey(), value);
            }
            ObjectNode out = JSON.createObjectNode();
            sorted.forEach(out::set);
            return JSON.writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toJson(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<AppointmentView> agendaOf(ZonedDateTime day) {
        return workstation.agenda().day(day.toLocalDate());
    }

    @Override
    public void close() {
        workstation.close();
    }
}
