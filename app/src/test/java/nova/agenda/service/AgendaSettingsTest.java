package nova.agenda.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.app.Workstation;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's agenda settings on a real store: the double-booking policy and the public holidays. */
class AgendaSettingsTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dir;

    private Workstation workstation;
    private Chair chair1;
    private Practitioner drAmrani;
    private PatientSummary fatima;
    private PatientSummary karim;
    private LocalDate sunday;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        chair1 = workstation.clinic().chairs().get(0);
        drAmrani = workstation.clinic().practitioners().get(0);
        fatima = workstation.patients().create(new NewPatient("Amrani", "Fatima", Sex.FEMALE, 1985, null,
                "0555 12 34 56", null, null));
        karim = workstation.patients().create(new NewPatient("Benali", "Karim", Sex.MALE, 1979, null,
                "0661 22 33 44", null, null));
        sunday = LocalDate.of(2027, 3, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    private AppointmentView book(PatientSummary patient, ZonedDateTime start) {
        return workstation.agenda().book(new BookingRequest(patient.id(), "consultation", drAmrani.id(), chair1.id(),
                start, 0, null, "GUI"));
    }

    private ZonedDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ALGIERS);
    }

    @Test
    void withWarnAnOverlapIsAcceptedAndThePolicyIsKeptInTheClinicRow() throws Exception {
        book(fatima, at(sunday, 9));
        assertThrows(BookingRefusedException.class, () -> book(karim, at(sunday, 9)), "REFUSE by default");

        workstation.setDoubleBookingPolicy(DoubleBookingPolicy.WARN);
        assertEquals(DoubleBookingPolicy.WARN, workstation.clinic().doubleBookingPolicy());
        AppointmentView overlapping = book(karim, at(sunday, 9));
        assertEquals(at(sunday, 9), overlapping.start());
        workstation.close();

        workstation = TestStores.login(dir);
        assertEquals(DoubleBookingPolicy.WARN, workstation.clinic().doubleBookingPolicy(), "read back from the store");
        long audited = workstation.database().inTransaction(session -> session.createSelectionQuery(
                "select count(*) from AuditEventEntity where action = 'DOUBLE_BOOKING_POLICY'", Long.class)
                .getSingleResult());
        assertEquals(1L, audited);
    }

    @Test
    void aBookingOnAnAddedHolidayIsRefusedAndAllowedAgainOnceRemoved() throws Exception {
        LocalDate wednesday = sunday.plusDays(3);
        while (workstation.agenda().schedule().holidays().isHoliday(wednesday)) {
            wednesday = wednesday.plusWeeks(1);     // a working Wednesday that is not a holiday yet
        }
        LocalDate day = wednesday;
        workstation.agenda().saveHolidays(workstation.agenda().schedule().holidays()
                .withDate(day, "Journée de la clinique"));
        workstation.close();
        workstation = TestStores.login(dir);

        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> book(fatima, at(day, 10)));
        assertTrue(refused.getMessage().contains("Journée de la clinique"), refused.getMessage());

        workstation.agenda().saveHolidays(workstation.agenda().schedule().holidays().withoutDate(day));
        assertEquals(at(day, 10), book(fatima, at(day, 10)).start());
    }
}
