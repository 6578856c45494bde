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
import java.util.List;
import java.util.Set;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.WaitlistLine;
import nova.agenda.domain.WaitlistStatus;
import nova.agenda.domain.WaitlistWish;
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

/** The waitlist on a real encrypted store: a cancelled slot is offered to the fitting requests and booked. */
class WaitlistServiceTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dir;

    private Workstation workstation;
    private AgendaService agenda;
    private WaitlistService waitlist;
    private Chair chair1;
    private Practitioner drAmrani;
    private PatientSummary fatima;
    private PatientSummary karim;
    private PatientSummary samia;
    private PatientSummary omar;
    private LocalDate sunday;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        agenda = workstation.agenda();
        waitlist = workstation.waitlist();
        chair1 = workstation.clinic().chairs().get(0);
        drAmrani = workstation.clinic().practitioners().get(0);
        fatima = patient("Amrani", "Fatima", "0555 12 34 56");
        karim = patient("Benali", "Karim", "0661 22 33 44");
        samia = patient("Cherif", "Samia", "0770 11 22 33");
        omar = patient("Djebbar", "Omar", "0550 99 88 77");
        sunday = LocalDate.of(2027, 3, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    private PatientSummary patient(String last, String first, String phone) {
        return workstation.patients().create(new NewPatient(last, first, Sex.FEMALE, 1980, null, phone, null, null));
    }

    private ZonedDateTime at(int hour, int minute) {
        return sunday.atTime(LocalTime.of(hour, minute)).atZone(ALGIERS);
    }

    private static WaitlistWish wish(PatientSummary patient, String careType, Set<DayOfWeek> days, String part) {
        return new WaitlistWish(patient.id(), careType, null, days, part == null ? null : ClockRange.parse(part),
                null, null, "plus tôt si possible");
    }

    @Test
    void aCancelledSlotIsOfferedToFittingRequestsAndBookingOneMarksItBooked() {
        AppointmentView fatimaAt9 = agenda.book(new BookingRequest(fatima.id(), "detartrage", drAmrani.id(),
                chair1.id(), at(9, 0), 0, null, "GUI"));
        WaitlistLine karimAnyDay = waitlist.add(wish(karim, "consultation", Set.of(), null));
        WaitlistLine samiaSunday = waitlist.add(wish(samia, "soin", Set.of(DayOfWeek.SUNDAY), "08:00-12:00"));
        WaitlistLine omarMonday = waitlist.add(wish(omar, "detartrage", Set.of(DayOfWeek.MONDAY), null));
        assertEquals(3, waitlist.waiting().size());

        AppointmentView cancelled = agenda.changeStatus(fatimaAt9.id(), AppointmentStatus.CANCELLED, "empêchement");
        List<WaitlistLine> offers = waitlist.offersFor(cancelled);

        assertEquals(List.of(karimAnyDay.entry().id(), samiaSunday.entry().id()),
                offers.stream().map(l -> l.entry().id()).toList(), "fitting requests, oldest first");
        assertTrue(offers.stream().allMatch(l -> l.status() == WaitlistStatus.OFFERED));

        AppointmentView booked = waitlist.bookOffer(samiaSunday.entry().id(), cancelled);
        assertEquals(samia.id(), booked.patientId());
        assertEquals(at(9, 0), booked.start());
        assertEquals(at(9, 45), booked.end(), "the care type's duration");
        assertEquals(chair1.id(), booked.chairId());
        assertEquals(List.of(karimAnyDay.entry().id(), omarMonday.entry().id()),
                waitlist.waiting().stream().map(l -> l.entry().id()).toList(), "the booked request left the list");
        assertEquals(agenda.find(booked.id()).orElseThrow().patientId(), samia.id());
        assertThrows(BookingRefusedException.class, () -> waitlist.bookOffer(samiaSunday.entry().id(), cancelled),
                "a booked request cannot be booked twice");
    }

    @Test
    void aSlotThatIsTakenAgainIsRefusedAndTheRequestStaysOpen() {
        AppointmentView fatimaAt9 = agenda.book(new BookingRequest(fatima.id(), "consultation", drAmrani.id(),
                chair1.id(), at(9, 0), 0, null, "GUI"));
        WaitlistLine karimLine = waitlist.add(wish(karim, "consultation", Set.of(), null));
        AppointmentView cancelled = agenda.changeStatus(fatimaAt9.id(), AppointmentStatus.CANCELLED, "empêchement");
        agenda.book(new BookingRequest(omar.id(), "consultation", drAmrani.id(), chair1.id(), at(9, 0), 0, null,
                "GUI"));
        assertThrows(BookingRefusedException.class, () -> waitlist.bookOffer(karimLine.entry().id(), cancelled));
        assertEquals(List.of(karimLine.entry().id()),
                waitlist.waiting().stream().map(l -> l.entry().id()).toList());
    }

    @Test
    void aSlotTheAgendaWouldRefuseIsNotOffered() {
        AppointmentView fatimaAt9 = agenda.book(new BookingRequest(fatima.id(), "consultation", drAmrani.id(),
                chair1.id(), at(9, 0), 0, null, "GUI"));
        WaitlistLine karimLine = waitlist.add(wish(karim, "consultation", Set.of(), null));
        AppointmentView cancelled = agenda.changeStatus(fatimaAt9.id(), AppointmentStatus.CANCELLED, "empêchement");
        agenda.addBlockout(new nova.agenda.domain.Blockout(nova.common.Ids.newId(), chair1.id(),
                at(8, 30).toInstant(), at(10, 0).toInstant(), "réparation"));
        assertEquals(List.of(), waitlist.offersFor(cancelled), "the chair is blocked now");
        assertEquals(List.of(WaitlistStatus.WAITING), waitlist.waiting().stream().map(WaitlistLine::status).toList());
        assertEquals(karimLine.entry().id(), waitlist.waiting().getFirst().entry().id());
    }

    @Test
    void aRemovedRequestIsNoLongerOffered() {
        AppointmentView fatimaAt9 = agenda.book(new BookingRequest(fatima.id(), "consultation", drAmrani.id(),
                chair1.id(), at(9, 0), 0, null, "GUI"));
        WaitlistLine karimLine = waitlist.add(wish(karim, "consultation", Set.of(), null));
        waitlist.remove(karimLine.entry().id());
        AppointmentView cancelled = agenda.changeStatus(fatimaAt9.id(), AppointmentStatus.CANCELLED, "empêchement");
        assertEquals(List.of(), waitlist.offersFor(cancelled));
        assertEquals(List.of(), waitlist.waiting());
    }

    @Test
    void aRequestOutsideItsDatesIsNotOffered() {
        AppointmentView fatimaAt9 = agenda.book(new BookingRequest(fatima.id(), "consultation", drAmrani.id(),
                chair1.id(), at(9, 0), 0, null, "GUI"));
        waitlist.add(new WaitlistWish(karim.id(), "consultation", null, Set.of(), null, sunday.plusDays(1), null,
                null));
        AppointmentView cancelled = agenda.changeStatus(fatimaAt9.id(), AppointmentStatus.CANCELLED, "empêchement");
        assertEquals(List.of(), waitlist.offersFor(cancelled));
    }
}
