package nova.clinic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.agenda.service.BookingRefusedException;
import nova.app.Workstation;
import nova.clinic.domain.ClinicDetails;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.ResourceHours;
import nova.common.ValidationException;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's clinic settings on a real store: what is saved survives a new login, and the booking rules
 * and the slot search honour it (a practitioner's own hours, closing periods, deactivated resources).
 */
class ClinicSettingsServiceTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    /** Sunday to Tuesday mornings: a part-time dentist. */
    private static final ResourceHours MORNINGS = new ResourceHours(
            EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(8, 0),
            LocalTime.of(12, 0), null, null);

    @TempDir
    Path dir;

    private Workstation workstation;
    private PatientSummary fatima;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        fatima = workstation.patients().create(new NewPatient("Amrani", "Fatima", Sex.FEMALE, 1985, null,
                "0555 12 34 56", null, null));
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    private void relogin() throws Exception {
        workstation.close();
        workstation = TestStores.login(dir);
    }

    private ClinicSettingsService settings() {
        return workstation.clinicSettings();
    }

    /** The first {@code day} after a fixed date that is neither a public holiday nor a closing day. */
    private LocalDate next(DayOfWeek day) {
        LocalDate date = LocalDate.of(2027, 3, 1).with(TemporalAdjusters.nextOrSame(day));
        while (workstation.agenda().schedule().isClosed(date)) {
            date = date.plusWeeks(1);
        }
        return date;
    }

    private AppointmentView book(UUID practitioner, UUID chair, LocalDate day, int hour) {
        return workstation.agenda().book(new BookingRequest(fatima.id(), "consultation", practitioner, chair,
                day.atTime(hour, 0).atZone(ALGIERS), 0, null, "GUI"));
    }

    private UUID chair1() {
        return workstation.clinic().chairs().getFirst().id();
    }

    @Test
    void aPractitionersOwnHoursArePersistedAndABookingOutsideThemIsRefusedInFrench() throws Exception {
        UUID dentist = settings().addPractitioner("Dr Haddad", "Chirurgien-dentiste", MORNINGS);
        relogin();

        assertEquals(MORNINGS, workstation.clinic().ownHours().get(dentist), "read back from the store");
        assertTrue(workstation.agenda().schedule().hasOwnHours(dentist));
        LocalDate sunday = next(DayOfWeek.SUNDAY);
        assertEquals(sunday.atTime(9, 0).atZone(ALGIERS), book(dentist, chair1(), sunday, 9).start());

        BookingRefusedException afternoon = assertThrows(BookingRefusedException.class,
                () -> book(dentist, chair1(), sunday, 14));
        assertTrue(afternoon.getMessage().contains("Dr Haddad n'est pas disponible"), afternoon.getMessage());
        assertTrue(afternoon.getMessage().contains("08:00-12:00"), afternoon.getMessage());
        LocalDate wednesday = next(DayOfWeek.WEDNESDAY);
        BookingRefusedException wrongDay = assertThrows(BookingRefusedException.class,
                () -> book(dentist, chair1(), wednesday, 9));
        assertTrue(wrongDay.getMessage().contains("Dr Haddad n'est pas disponible le"), wrongDay.getMessage());

        // Another practitioner still works the clinic's hours that afternoon.
        UUID amrani = workstation.clinic().practitionerNamed("Dr Amrani").orElseThrow().id();
        assertEquals(14, book(amrani, chair1(), sunday, 14).start().getHour());
    }

    @Test
    void theSlotSearchOffersOnlyTheOwnHoursOfThePractitioner() throws Exception {
        UUID dentist = settings().addPractitioner("Dr Haddad", null, MORNINGS);
        LocalDate sunday = next(DayOfWeek.SUNDAY);
        ZonedDateTime from = sunday.atStartOfDay(ALGIERS);
        List<SlotProposal> slots = workstation.agenda().findSlots(
                SlotQuery.of(30, from, from.plusDays(7), 200).withPractitioner(dentist));

        assertFalse(slots.isEmpty());
        for (SlotProposal slot : slots) {
            LocalTime start = slot.start().toLocalTime();
            assertTrue(MORNINGS.days().contains(slot.start().getDayOfWeek()), slot.toString());
            assertFalse(start.isBefore(LocalTime.of(8, 0)), slot.toString());
            assertFalse(slot.end().toLocalTime().isAfter(LocalTime.of(12, 0)), slot.toString());
        }

        // Back to the clinic's hours: afternoons come back.
        settings().editPractitioner(dentist, "Dr Haddad", null, null);
        List<SlotProposal> again = workstation.agenda().findSlots(
                SlotQuery.of(30, from, from.plusDays(7), 400).withPractitioner(dentist));
        assertTrue(again.stream().anyMatch(s -> s.start().getHour() >= 13), "afternoon slots again");
    }

    @Test
    void aChairsOwnHoursAreHonouredToo() throws Exception {
        UUID chair = settings().addChair("Fauteuil 4", new ResourceHours(EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(13, 0), LocalTime.of(18, 0), null, null));
        relogin();
        UUID amrani = workstation.clinic().practitioners().getFirst().id();
        LocalDate monday = next(DayOfWeek.MONDAY);
        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> book(amrani, chair, monday, 9));
        assertTrue(refused.getMessage().contains("Fauteuil 4 n'est pas disponible"), refused.getMessage());
        assertEquals(15, book(amrani, chair, monday, 15).start().getHour());
    }

    @Test
    void aClosingPeriodIsRefusedByBookingWithItsReasonAndBySlotSearch() throws Exception {
        LocalDate sunday = next(DayOfWeek.SUNDAY);
        UUID closing = settings().addClosing(sunday, sunday.plusDays(10), "Fermeture annuelle");
        relogin();

        UUID amrani = workstation.clinic().practitioners().getFirst().id();
        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> book(amrani, chair1(), sunday.plusDays(2), 10));
        assertTrue(refused.getMessage().contains("fermé"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Fermeture annuelle"), refused.getMessage());
        ZonedDateTime from = sunday.atStartOfDay(ALGIERS);
        assertTrue(workstation.agenda().findSlots(SlotQuery.of(30, from, from.plusDays(11), 10)).isEmpty(),
                "no slot during the closure");

        settings().editClosing(closing, sunday, sunday, "Travaux");
        assertEquals("Travaux", workstation.agenda().schedule().closingReason(sunday).orElseThrow());
        assertEquals(10, book(amrani, chair1(), sunday.plusDays(2), 10).start().getHour(), "shortened closure");

        settings().removeClosing(closing);
        assertTrue(workstation.clinic().closingPeriods().isEmpty());
        assertEquals(10, book(amrani, chair1(), sunday, 10).start().getHour());
        assertThrows(ValidationException.class, () -> settings().addClosing(sunday, sunday.minusDays(1), "x"));
        assertThrows(ValidationException.class, () -> settings().addClosing(sunday, sunday, " "));
    }

    @Test
    void deactivatedResourcesLeaveTheChoicesButOldAppointmentsKeepTheirNames() throws Exception {
        UUID dentist = settings().addPractitioner("Dr Haddad", null, null);
        UUID chair = settings().addChair("Fauteuil 4", null);
        String code = settings().addCareType("Blanchiment dentaire", 60, "#F59E0B");
        assertEquals("blanchiment_dentaire", code);
        LocalDate sunday = next(DayOfWeek.SUNDAY);
        AppointmentView old = workstation.agenda().book(new BookingRequest(fatima.id(), code, dentist, chair,
                sunday.atTime(9, 0).atZone(ALGIERS), 0, null, "GUI"));
        assertEquals(60, java.time.Duration.between(old.start(), old.end()).toMinutes(), "default duration");

        settings().setPractitionerActive(dentist, false);
        settings().setChairActive(chair, false);
        settings().setCareTypeActive(code, false);
        relogin();

        assertTrue(workstation.clinic().practitioners().stream().noneMatch(p -> p.id().equals(dentist)));
        assertTrue(workstation.clinic().chairs().stream().noneMatch(c -> c.id().equals(chair)));
        assertTrue(workstation.clinic().careTypes().stream().noneMatch(c -> c.code().equals(code)));
        AppointmentView shown = workstation.agenda().find(old.id()).orElseThrow();
        assertEquals("Dr Haddad", shown.practitionerName());
        assertEquals("Fauteuil 4", shown.chairName());
        assertEquals("Blanchiment dentaire", shown.careTypeLabel());
        assertEquals("#F59E0B", shown.colorHex());
        UUID amrani = workstation.clinic().practitioners().getFirst().id();
        BookingRefusedException inactive = assertThrows(BookingRefusedException.class,
                () -> book(dentist, chair1(), sunday, 11));
        assertEquals("Dr Haddad est désactivé : choisissez un autre praticien.", inactive.getMessage());
        assertTrue(assertThrows(BookingRefusedException.class, () -> book(amrani, chair, sunday, 11)).getMessage()
                .contains("« Fauteuil 4 » est désactivé"));
        assertTrue(assertThrows(BookingRefusedException.class, () -> workstation.agenda().book(new BookingRequest(
                fatima.id(), code, amrani, chair1(), sunday.atTime(11, 0).atZone(ALGIERS), 0, null, "GUI")))
                .getMessage().contains("n'est plus proposé"));

        settings().setPractitionerActive(dentist, true);
        assertTrue(workstation.clinic().practitioners().stream().anyMatch(p -> p.id().equals(dentist)));
        // A second care type of the same name gets its own code: codes are never reused.
        assertEquals("blanchiment_dentaire_2", settings().addCareType("Blanchiment dentaire", 30, "#000000"));
    }

    @Test
    void newOwnHoursNameTheFutureAppointmentsTheyWouldLeaveOutsideAndMoveNone() {
        UUID amrani = workstation.clinic().practitionerNamed("Dr Amrani").orElseThrow().id();
        UUID other = workstation.clinic().practitioners().stream().filter(p -> !p.id().equals(amrani))
                .findFirst().orElseThrow().id();
        LocalDate sunday = next(DayOfWeek.SUNDAY);
        LocalDate wednesday = next(DayOfWeek.WEDNESDAY);
        AppointmentView morning = book(amrani, chair1(), sunday, 9);
        AppointmentView afternoon = book(amrani, chair1(), sunday, 14);
        AppointmentView wrongDay = book(amrani, chair1(), wednesday, 9);
        AppointmentView cancelled = book(amrani, chair1(), sunday, 15);
        workstation.agenda().changeStatus(cancelled.id(), nova.agenda.domain.AppointmentStatus.CANCELLED, "test");
        book(other, workstation.clinic().chairs().getLast().id(), sunday, 16);

        List<UUID> outside = workstation.agenda().expectedOutside(amrani, MORNINGS).stream()
                .map(AppointmentView::id).toList();
        List<UUID> expected = java.util.stream.Stream.of(afternoon, wrongDay)
                .sorted(java.util.Comparator.comparing(AppointmentView::start)).map(AppointmentView::id).toList();
        assertEquals(expected, outside,
                "in time order; not the morning, not the cancelled one, not the other practitioner's");
        assertFalse(outside.contains(morning.id()));
        assertTrue(workstation.agenda().expectedOutside(amrani, null).isEmpty(), "the clinic's hours cover all");

        // The chair of those appointments, narrowed to Sunday mornings, names the same two.
        ResourceHours sundayMornings = new ResourceHours(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(8, 0),
                LocalTime.of(12, 0), null, null);
        assertEquals(2, workstation.agenda().expectedOutside(chair1(), sundayMornings).size());

        settings().editPractitioner(amrani, "Dr Amrani", null, MORNINGS);
        assertEquals(afternoon.start(), workstation.agenda().find(afternoon.id()).orElseThrow().start(),
                "saving the hours moved nothing");
        assertEquals(nova.agenda.domain.AppointmentStatus.BOOKED,
                workstation.agenda().find(afternoon.id()).orElseThrow().status());
    }

    @Test
    void theLastActiveResourceCannotBeDeactivated() {
        var chairs = workstation.clinic().chairs();
        for (int i = 0; i < chairs.size() - 1; i++) {
            settings().setChairActive(chairs.get(i).id(), false);
        }
        ValidationException refused = assertThrows(ValidationException.class,
                () -> settings().setChairActive(chairs.getLast().id(), false));
        assertTrue(refused.getMessage().contains("au moins un"), refused.getMessage());
    }

    @Test
    void theClinicDetailsArePersistedAuditedAndValidated() throws Exception {
        ClinicProfile before = workstation.clinic().profile();
        ClinicProfile changed = new ClinicProfile("Cabinet Daboussy", "12 rue Didouche Mourad, Alger",
                ALGIERS, 213, EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), null, null, before.kind());
        settings().saveDetails(new ClinicDetails(changed, "+213 21 00 11 22"));
        relogin();

        ClinicDetails read = settings().details();
        assertEquals(changed, read.profile());
        assertEquals("+213 21 00 11 22", read.phone());
        assertTrue(workstation.agenda().schedule().clinicHours().workingDays().contains(DayOfWeek.SATURDAY),
                "the schedule follows the new working days");
        long audited = workstation.database().inTransaction(session -> session.createSelectionQuery(
                "select count(*) from AuditEventEntity where action = 'CLINIC_PROFILE_CHANGED'", Long.class)
                .getSingleResult());
        assertEquals(1L, audited);

        ClinicProfile reversed = new ClinicProfile("X", "Y", ALGIERS, 213, EnumSet.of(DayOfWeek.SUNDAY),
                LocalTime.of(17, 0), LocalTime.of(9, 0), null, null, before.kind());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> settings().saveDetails(new ClinicDetails(reversed, "")));
        assertTrue(refused.getMessage().contains("L'ouverture doit précéder la fermeture"), refused.getMessage());
        ClinicProfile badBreak = new ClinicProfile("X", "Y", ALGIERS, 213, EnumSet.of(DayOfWeek.SUNDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.of(18, 0), LocalTime.of(19, 0), before.kind());
        assertThrows(ValidationException.class, () -> settings().saveDetails(new ClinicDetails(badBreak, "")));
        assertThrows(ValidationException.class, () -> settings().saveDetails(new ClinicDetails(changed, "abc")));
        assertEquals(changed, workstation.clinic().profile(), "nothing saved by a refused change");
    }
}
