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
import nova.agenda.domain.AppointmentChange;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.app.Workstation;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.common.Ids;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda's operations on a real encrypted store: rules, history, audit and outbox together. */
class AgendaServiceTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dir;

    private Workstation workstation;
    private AgendaService agenda;
    private Chair chair1;
    private Chair chair2;
    private Practitioner drAmrani;
    private Practitioner drBenali;
    private PatientSummary fatima;
    private PatientSummary karim;
    private LocalDate sunday;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        agenda = workstation.agenda();
        chair1 = workstation.clinic().chairs().get(0);
        chair2 = workstation.clinic().chairs().get(1);
        drAmrani = workstation.clinic().practitioners().get(0);
        drBenali = workstation.clinic().practitioners().get(1);
        fatima = workstation.patients().create(new NewPatient("Amrani", "Fatima", Sex.FEMALE, 1985, null,
                "0555 12 34 56", null, null));
        karim = workstation.patients().create(new NewPatient("Benali", "Karim", Sex.MALE, 1979, null,
                "0661 22 33 44", null, null));
        // A Sunday far enough ahead to be free of holidays and in the future whatever today is.
        sunday = LocalDate.of(2027, 3, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    private ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ALGIERS);
    }

    private AppointmentView book(PatientSummary patient, Chair chair, Practitioner practitioner, ZonedDateTime start,
                                 String careType) {
        return agenda.book(new BookingRequest(patient.id(), careType, practitioner.id(), chair.id(), start, 0, null, "GUI"));
    }

    @Test
    void aMoveToAFreeChairAndTimeIsSavedWithItsHistoryAndOutboxEntry() {
        AppointmentView booked = book(fatima, chair1, drAmrani, at(sunday, 9, 0), "detartrage");
        AppointmentView moved = agenda.move(booked.id(), chair2.id(), drBenali.id(), at(sunday, 14, 0), 60);
        assertEquals(chair2.id(), moved.chairId());
        assertEquals(at(sunday, 15, 0), moved.end(), "lengthened to 60 minutes");
        List<AppointmentChange> history = agenda.history(booked.id());
        assertEquals(List.of("CREATED", "MOVED"), history.stream().map(AppointmentChange::kind).toList());
        assertTrue(history.get(1).details().contains("Fauteuil 1") && history.get(1).details().contains("Fauteuil 2"),
                history.get(1).details());
        long outbox = workstation.database().inTransaction(s -> s.createSelectionQuery(
                "select count(*) from OutboxEntryEntity where entityId = :id", Long.class)
                .setParameter("id", booked.id()).getSingleResult());
        assertEquals(2, outbox, "a change of the appointment is queued for the hub each time");
    }

    @Test
    void aMoveOntoAnotherAppointmentIsRefusedNamingIt() {
        book(karim, chair2, drBenali, at(sunday, 10, 0), "soin");
        AppointmentView booked = book(fatima, chair1, drAmrani, at(sunday, 9, 0), "consultation");
        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> agenda.move(booked.id(), chair2.id(), drAmrani.id(), at(sunday, 10, 15), 0));
        assertTrue(refused.getMessage().contains("BENALI Karim"), refused.getMessage());
        assertEquals(chair1.id(), agenda.find(booked.id()).orElseThrow().chairId(), "nothing changed");
    }

    @Test
    void statusesFollowTheLifecycleAndAWrongOneCanBeUndone() {
        AppointmentView booked = book(fatima, chair1, drAmrani, at(sunday, 9, 0), "consultation");
        agenda.changeStatus(booked.id(), AppointmentStatus.CONFIRMED, null);
        agenda.changeStatus(booked.id(), AppointmentStatus.ARRIVED, null);
        assertThrows(BookingRefusedException.class,
                () -> agenda.changeStatus(booked.id(), AppointmentStatus.CANCELLED, "trop tard"),
                "an arrived patient is not cancelled");
        agenda.changeStatus(booked.id(), AppointmentStatus.IN_CONSULTATION, null);
        agenda.changeStatus(booked.id(), AppointmentStatus.DONE, null);
        assertEquals(AppointmentStatus.IN_CONSULTATION, agenda.undoStatus(booked.id()).status());
        assertEquals(AppointmentStatus.ARRIVED, agenda.undoStatus(booked.id()).status());
        assertEquals(List.of("CREATED", "STATUS", "STATUS", "STATUS", "STATUS", "STATUS_UNDONE", "STATUS_UNDONE"),
                agenda.history(booked.id()).stream().map(AppointmentChange::kind).toList());
    }

    @Test
    void cancellingNeedsAReasonAndUndoingItFailsWhenTheSlotWasGivenAway() {
        AppointmentView booked = book(fatima, chair1, drAmrani, at(sunday, 9, 0), "consultation");
        assertThrows(BookingRefusedException.class,
                () -> agenda.changeStatus(booked.id(), AppointmentStatus.CANCELLED, " "));
        agenda.changeStatus(booked.id(), AppointmentStatus.CANCELLED, "Patiente malade");
        book(karim, chair1, drAmrani, at(sunday, 9, 0), "consultation");
        BookingRefusedException refused = assertThrows(BookingRefusedException.class, () -> agenda.undoStatus(booked.id()));
        assertTrue(refused.getMessage().contains("BENALI Karim"), refused.getMessage());
        assertEquals(AppointmentStatus.CANCELLED, agenda.find(booked.id()).orElseThrow().status());
    }

    @Test
    void holidaysBlockoutsAndClosedDaysAreRefused() {
        LocalDate friday = sunday.plusDays(5);
        assertThrows(BookingRefusedException.class, () -> book(fatima, chair1, drAmrani, at(friday, 9, 0), "soin"));
        LocalDate independenceDay = LocalDate.of(2027, 7, 5);
        assertThrows(BookingRefusedException.class,
                () -> book(fatima, chair1, drAmrani, at(independenceDay, 9, 0), "soin"));
        agenda.addBlockout(new Blockout(Ids.newId(), chair1.id(), at(sunday, 8, 0).toInstant(),
                at(sunday, 10, 0).toInstant(), "Maintenance du fauteuil"));
        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> book(fatima, chair1, drAmrani, at(sunday, 9, 0), "soin"));
        assertTrue(refused.getMessage().contains("Maintenance"), refused.getMessage());
        book(fatima, chair2, drAmrani, at(sunday, 9, 0), "soin");
    }

    @Test
    void theSamePatientTwiceOnADayIsAWarningNotARefusal() {
        book(fatima, chair1, drAmrani, at(sunday, 9, 0), "consultation");
        BookingCheck check = agenda.check(new BookingRequest(fatima.id(), "soin", drBenali.id(), chair2.id(),
                at(sunday, 15, 0), 0, null, "GUI"));
        assertTrue(check.allowed());
        assertEquals(1, check.warnings().size(), check.warningText());
    }

    @Test
    void slotSearchProposesTheEarliestFreeTimesAroundExistingAppointments() {
        for (Chair chair : workstation.clinic().chairs()) {
            for (Practitioner practitioner : List.of(drAmrani)) {
                // Dr Amrani is busy from 08:00 to 09:30 whatever the chair.
                if (chair.equals(chair1)) {
                    book(fatima, chair, practitioner, at(sunday, 8, 0), "prothese");
                    book(karim, chair, practitioner, at(sunday, 9, 0), "consultation");
                }
            }
        }
        List<SlotProposal> slots = agenda.findSlots(SlotQuery.of(30, at(sunday, 8, 0), at(sunday, 18, 0), 3)
                .withPractitioner(drAmrani.id()));
        assertEquals(at(sunday, 9, 30), slots.getFirst().start(), "the first free half hour of Dr Amrani");
        for (int i = 1; i < slots.size(); i++) {
            assertTrue(!slots.get(i).start().isBefore(slots.get(i - 1).end()), "proposals do not overlap");
        }
    }
}
