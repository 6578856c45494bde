package nova.clinic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.agenda.domain.AppointmentView;
import nova.app.Workstation;
import nova.testing.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The demo agenda obeys the rules it demonstrates: no chair and no practitioner is booked twice at once. */
class DemoDataTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"cabinet-alger", "cscom-mali"})
    void noChairAndNoPractitionerIsDoubleBooked(String preset) throws Exception {
        TestStores.create(dir, preset, true);
        try (Workstation workstation = TestStores.login(dir)) {
            LocalDate today = LocalDate.now(workstation.clinic().profile().zone());
            List<AppointmentView> holding = workstation.agenda().range(today.minusDays(7), today.plusDays(14)).stream()
                    .filter(a -> a.status().occupiesTime()).toList();
            assertFalse(holding.isEmpty(), "the demo has appointments");
            assertNoOverlap(holding, AppointmentView::chairId);
            assertNoOverlap(holding, AppointmentView::practitionerId);
        }
    }

    private static void assertNoOverlap(List<AppointmentView> appointments, Function<AppointmentView, UUID> resource) {
        Map<UUID, List<AppointmentView>> byResource = appointments.stream().collect(Collectors.groupingBy(resource));
        byResource.values().forEach(list -> {
            for (AppointmentView a : list) {
                for (AppointmentView b : list) {
                    if (a != b) {
                        assertTrue(!a.start().isBefore(b.end()) || !b.start().isBefore(a.end()),
                                a.patientName() + " " + a.start() + " overlaps " + b.patientName() + " " + b.start());
                    }
                }
            }
        });
    }
}
