package nova.agenda.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.BookingRequest;
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

/**
 * Blockouts placed, cut and pasted, copied and pasted from the agenda grid, on a real encrypted store: refused
 * like a booking (an appointment underneath, outside the hours, another blockout), saved otherwise, and seen by
 * the booking rules at once.
 */
class GridBlockoutsTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dir;

    private Workstation workstation;
    private AgendaService agenda;
    private Chair chair1;
    private Chair chair2;
    private Practitioner drAmrani;
    private PatientSummary fatima;
    private LocalDate sunday;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        agenda = workstation.agenda();
        chair1 = workstation.clinic().chairs().get(0);
        chair2 = workstation.clinic().chairs().get(1);
        drAmrani = workstation.clinic().practitioners().get(0);
        fatima = workstation.patients().create(new NewPatient("Amrani", "Fatima", Sex.FEMALE, 1985, null,
                "0555 12 34 56", null, null));
        sunday = LocalDate.of(2027, 3, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    private ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ALGIERS);
    }

    private Blockout blockout(Chair chair, int hour, int minute, int minutes, String reason) {
        ZonedDateTime start = at(sunday, hour, minute);
        return new Blockout(Ids.newId(), chair == null ? null : chair.id(), start.toInstant(),
                start.plusMinutes(minutes).toInstant(), reason);
    }

    private AppointmentView book(Chair chair, int hour) {
        return agenda.book(new BookingRequest(fatima.id(), "consultation", drAmrani.id(), chair.id(),
                at(sunday, hour, 0), 0, null, "GUI"));
    }

    @Test
    void aBlockoutPlacedOnAFreeSlotIsSavedAndRefusesBookingsThere() {
        Blockout placed = agenda.placeBlockout(blockout(chair1, 10, 0, 60, "Maintenance"));

        assertEquals(List.of(placed), agenda.blockouts(sunday, sunday.plusDays(1)));
        BookingRefusedException refused = assertThrows(BookingRefusedException.class, () -> book(chair1, 10));
        assertTrue(refused.getMessage().contains("Maintenance"), refused.getMessage());
    }

    @Test
    void placingAndMovingABlockoutQueuesItForTheOtherDesksInTheSameTransaction() {
        Blockout placed = agenda.placeBlockout(blockout(chair1, 10, 0, 60, "Maintenance"));
        assertEquals(1, queuedBlockoutChanges(placed.id()));

        agenda.moveBlockout(placed.id(), at(sunday, 15, 0).toInstant(), chair2.id());
        assertEquals(2, queuedBlockoutChanges(placed.id()), "the move is queued too");
        Blockout copy = agenda.copyBlockout(placed.id(), at(sunday, 11, 0).toInstant(), chair1.id());
        assertEquals(1, queuedBlockoutChanges(copy.id()));
    }

    private long queuedBlockoutChanges(java.util.UUID id) {
        return workstation.database().inTransaction(session -> session.createNativeQuery(
                        "SELECT COUNT(*) FROM outbox WHERE entity = 'blockout' AND entity_id = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    @Test
    void aBlockoutOverAnAppointmentIsRefusedNamingItAndNothingIsSaved() {
        book(chair1, 10);

        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> agenda.placeBlockout(blockout(chair1, 9, 30, 60, "Formation")));

        assertTrue(refused.getMessage().contains("déjà occupé"), refused.getMessage());
        assertTrue(refused.getMessage().contains("AMRANI Fatima"), refused.getMessage());
        assertTrue(agenda.blockouts(sunday, sunday.plusDays(1)).isEmpty());
    }

    @Test
    void aBlockoutOutsideTheOpeningHoursIsRefusedWithTheBookingRulesWords() {
        LocalTime closing = workstation.clinic().profile().closing();
        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> agenda.placeBlockout(blockout(chair1, closing.getHour() - 1, 30, 60, "Réunion")));

        assertTrue(refused.getMessage().startsWith("En dehors des heures d'ouverture"), refused.getMessage());
        assertTrue(agenda.blockouts(sunday, sunday.plusDays(1)).isEmpty());
    }

    @Test
    void aClinicWideBlockoutIsRefusedOverAnAppointmentOnAnyChair() {
        book(chair2, 14);

        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> agenda.placeBlockout(blockout(null, 14, 0, 30, "Coupure d'électricité")));

        assertTrue(refused.getMessage().toLowerCase().contains(chair2.name().toLowerCase() + " est déjà occupé"),
                refused.getMessage());
    }

    @Test
    void copyingDuplicatesTheBlockoutElsewhereAndKeepsTheOriginal() {
        Blockout original = agenda.placeBlockout(blockout(chair1, 9, 0, 45, "Stérilisation"));
        LocalDate monday = sunday.plusDays(1);

        Blockout copy = agenda.copyBlockout(original.id(), at(monday, 14, 0).toInstant(), chair2.id());

        assertNotEquals(original.id(), copy.id());
        assertEquals(Duration.ofMinutes(45), copy.duration());
        assertEquals("Stérilisation", copy.reason());
        assertEquals(chair2.id(), copy.resourceId());
        assertEquals(List.of(original), agenda.blockouts(sunday, monday));
        assertEquals(List.of(copy), agenda.blockouts(monday, monday.plusDays(1)));
    }

    @Test
    void movingKeepsTheIdFreesTheOldPlaceAndMayOverlapItsOwnOldPlace() {
        Blockout original = agenda.placeBlockout(blockout(chair1, 9, 0, 60, "Maintenance"));

        Blockout moved = agenda.moveBlockout(original.id(), at(sunday, 9, 30).toInstant(), chair1.id());

        assertEquals(original.id(), moved.id());
        assertEquals(List.of(moved), agenda.blockouts(sunday, sunday.plusDays(1)));
        AppointmentView booked = agenda.book(new BookingRequest(fatima.id(), "consultation", drAmrani.id(),
                chair1.id(), at(sunday, 9, 0), 30, null, "GUI"));
        assertEquals(at(sunday, 9, 0), booked.start(), "the old place is free again");
    }

    @Test
    void aPasteOntoAnotherBlockoutOrAnAppointmentIsRefusedAndTheCutOneStaysWhereItWas() {
        Blockout first = agenda.placeBlockout(blockout(chair1, 9, 0, 60, "Maintenance"));
        agenda.placeBlockout(blockout(chair2, 9, 0, 60, "Formation"));
        book(chair2, 14);

        BookingRefusedException ontoBlockout = assertThrows(BookingRefusedException.class,
                () -> agenda.moveBlockout(first.id(), at(sunday, 9, 30).toInstant(), chair2.id()));
        BookingRefusedException ontoAppointment = assertThrows(BookingRefusedException.class,
                () -> agenda.copyBlockout(first.id(), at(sunday, 14, 0).toInstant(), chair2.id()));

        assertTrue(ontoBlockout.getMessage().contains("Formation"), ontoBlockout.getMessage());
        assertTrue(ontoAppointment.getMessage().contains("déjà occupé"), ontoAppointment.getMessage());
        assertTrue(agenda.blockouts(sunday, sunday.plusDays(1)).contains(first), "not moved");
        assertEquals(2, agenda.blockouts(sunday, sunday.plusDays(1)).size(), "nothing copied");
    }

    @Test
    void aBlockoutRemovedMeanwhileCannotBePasted() {
        Blockout gone = agenda.placeBlockout(blockout(chair1, 9, 0, 30, ""));
        agenda.removeBlockout(gone.id());

        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> agenda.copyBlockout(gone.id(), at(sunday, 11, 0).toInstant(), chair1.id()));

        assertTrue(refused.getMessage().contains("n'existe plus"), refused.getMessage());
    }
}
