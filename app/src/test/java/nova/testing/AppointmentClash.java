package nova.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.service.BookingRefusedException;
import nova.app.Workstation;
import nova.patient.domain.NewPatient;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.support.TestHub;

/**
 * A real appointment conflict between two desks of one clinic: desk B is installed from a copy of desk A's store
 * (after A's first synchronisation), each books a different patient on the same chair at the same time while
 * offline, then A, B and A synchronise with a real hub. Both desks then list the clash in « À résoudre ».
 */
public final class AppointmentClash {

    /** Opens a desk's store as its user. */
    @FunctionalInterface
    public interface Opener {
        Workstation open(Path dir) throws Exception;
    }

    /** What each desk booked, as that desk saw it. */
    public record Booked(AppointmentView onA, AppointmentView onB) {
    }

    private AppointmentClash() {
    }

    /** {@code dirA} holds a store already created; {@code dirB} must not exist yet. */
    public static Booked make(Path dirA, Path dirB, Opener opener, TestHub hub, String site, NewPatient onA,
                              NewPatient onB) throws Exception {
        try (Workstation a = opener.open(dirA)) {
            a.sync().settings().configure(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(),
                    "secret-des-cles-usb".toCharArray(), true);
            synchronise(a);
        }
        TestStores.copy(dirA, dirB);
        try (Workstation b = opener.open(dirB)) {
            b.sync().settings().renewWorkstationId();
            synchronise(b);
        }
        AppointmentView bookedOnA;
        try (Workstation a = opener.open(dirA)) {
            bookedOnA = bookFirstFree(a, a.patients().create(onA).id());
        }
        AppointmentView bookedOnB;
        try (Workstation b = opener.open(dirB)) {
            bookedOnB = book(b, b.patients().create(onB).id(), bookedOnA.chairId(), bookedOnA.practitionerId(),
                    bookedOnA.start());
        }
        for (Path dir : new Path[]{dirA, dirB, dirA}) {
            try (Workstation desk = opener.open(dir)) {
                synchronise(desk);
            }
        }
        return new Booked(bookedOnA, bookedOnB);
    }

    /** The first chair's first free half hour from 09:00, three weeks ahead on a working day. */
    private static AppointmentView bookFirstFree(Workstation desk, UUID patient) {
        var clinic = desk.clinic();
        ZoneId zone = clinic.profile().zone();
        LocalDate day = LocalDate.now(zone).plusWeeks(3);
        while (!clinic.profile().workingDays().contains(day.getDayOfWeek())
                || desk.agenda().schedule().holidayOn(day).isPresent()) {
            day = day.plusDays(1);
        }
        for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(16, 0)); time = time.plusMinutes(30)) {
            try {
                return book(desk, patient, clinic.chairs().getFirst().id(), clinic.practitioners().getFirst().id(),
                        day.atTime(time).atZone(zone));
            } catch (BookingRefusedException taken) {
                // the demo agenda may already have this slot: the next half hour
            }
        }
        throw new IllegalStateException("no free half hour on " + day);
    }

    private static AppointmentView book(Workstation desk, UUID patient, UUID chair, UUID practitioner,
                                        ZonedDateTime start) {
        return desk.agenda().book(new BookingRequest(patient, desk.clinic().careTypes().getFirst().code(),
                practitioner, chair, start, 30, null, "TEST"));
    }

    public static void synchronise(Workstation workstation) {
        try (SyncConnector connector = SyncConnectors.open(workstation.sync().settings().effectiveUrl(),
                workstation.sync().settings().hubCredentials())) {
            workstation.sync().synchronise(connector);
        }
    }
}
