package nova.agenda.service;

import static nova.agenda.service.AgendaFixture.CHAIR_1;
import static nova.agenda.service.AgendaFixture.CHAIR_2;
import static nova.agenda.service.AgendaFixture.DR_BENALI;
import static nova.agenda.service.AgendaFixture.DR_HADDAD;
import static nova.agenda.service.AgendaFixture.MONDAY;
import static nova.agenda.service.AgendaFixture.appointment;
import static nova.agenda.service.AgendaFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.WeeklyHours;

class BookingRulesTest {

    private final BusyIndex busy = new BusyIndex();
    private final BookingRules refuse = new BookingRules(AgendaFixture.schedule(), DoubleBookingPolicy.REFUSE);
    private final BookingRules warn = new BookingRules(AgendaFixture.schedule(), DoubleBookingPolicy.WARN);

    @Test
    void anOverlapOnTheSameChairIsRefusedNamingTheOtherAppointment() {
        AppointmentView amrani = appointment("Mme Amrani", "Détartrage", CHAIR_2, DR_BENALI, MONDAY, "10:00", "10:30");
        busy.put(amrani);
        AppointmentView candidate = appointment("M. Haddad", "Extraction", CHAIR_2, DR_HADDAD, MONDAY, "10:15", "10:45");
        BookingCheck check = refuse.check(candidate, busy);
        assertFalse(check.allowed());
        assertEquals(1, check.errors().size());
        BookingIssue issue = check.errors().getFirst();
        assertEquals(BookingIssue.Code.CHAIR_OVERLAP, issue.code());
        assertEquals("Le fauteuil 2 est déjà occupé de 10:00 à 10:30 par Mme Amrani (Détartrage).", issue.message());
        assertEquals(amrani.id(), issue.otherId());
    }

    @Test
    void anOverlapOnTheSamePractitionerIsRefusedToo() {
        busy.put(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "10:00", "10:30"));
        BookingCheck check = refuse.check(
                appointment("M. Saidi", "Contrôle", CHAIR_2, DR_BENALI, MONDAY, "10:20", "10:40"), busy);
        assertEquals(List.of("Dr Benali a déjà un rendez-vous de 10:00 à 10:30 avec Mme Amrani (Détartrage)."),
                check.errors().stream().map(BookingIssue::message).toList());
    }

    @Test
    void touchingAppointmentsDoNotOverlap() {
        busy.put(appointment("Mme Amrani", "Détartrage", CHAIR_2, DR_BENALI, MONDAY, "10:00", "10:30"));
        assertTrue(refuse.check(appointment("M. Saidi", "Contrôle", CHAIR_2, DR_BENALI, MONDAY, "10:30", "11:00"),
                busy).allowed());
        assertTrue(refuse.check(appointment("M. Saidi", "Contrôle", CHAIR_2, DR_BENALI, MONDAY, "09:30", "10:00"),
                busy).allowed());
    }

    @Test
    void underTheWarnPolicyAnOverlapIsAWarning() {
        busy.put(appointment("Mme Amrani", "Détartrage", CHAIR_2, DR_BENALI, MONDAY, "10:00", "10:30"));
        BookingCheck check = warn.check(
                appointment("M. Saidi", "Contrôle", CHAIR_2, DR_HADDAD, MONDAY, "10:00", "10:30"), busy);
        assertTrue(check.allowed());
        assertEquals(BookingIssue.Code.CHAIR_OVERLAP, check.warnings().getFirst().code());
    }

    @Test
    void cancelledAndNoShowAppointmentsFreeTheirChair() {
        AppointmentView a = appointment("Mme Amrani", "Détartrage", CHAIR_2, DR_BENALI, MONDAY, "10:00", "10:30");
        busy.put(a);
        AppointmentView candidate = appointment("M. Saidi", "Contrôle", CHAIR_2, DR_BENALI, MONDAY, "10:00", "10:30");
        assertFalse(refuse.check(candidate, busy).allowed());
        busy.put(AgendaFixture.withStatus(a, AppointmentStatus.CANCELLED));
        assertTrue(refuse.check(candidate, busy).allowed());
        busy.put(AgendaFixture.withStatus(a, AppointmentStatus.NO_SHOW));
        assertTrue(refuse.check(candidate, busy).allowed());
        busy.put(AgendaFixture.withStatus(a, AppointmentStatus.ARRIVED));
        assertFalse(refuse.check(candidate, busy).allowed());
    }

    @Test
    void aRescheduledAppointmentDoesNotCollideWithItself() {
        AppointmentView a = appointment("Mme Amrani", "Détartrage", CHAIR_2, DR_BENALI, MONDAY, "10:00", "10:30");
        busy.put(a);
        AppointmentView longer = new AppointmentView(a.id(), a.patientId(), a.patientName(), a.patientPhone(),
                a.careTypeCode(), a.careTypeLabel(), a.colorHex(), a.practitionerId(), a.practitionerName(),
                a.chairId(), a.chairName(), a.start(), a.end().plusMinutes(15), a.status(), null);
        BookingCheck check = refuse.check(longer, busy);
        assertTrue(check.allowed(), check.errorText());
        assertTrue(check.warnings().isEmpty(), "not a same-day duplicate of itself");
    }

    @Test
    void theSamePatientTwiceOnADayIsOnlyAWarning() {
        UUID patient = UUID.randomUUID();
        busy.put(appointment(patient, "Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "09:00", "09:30"));
        BookingCheck check = refuse.check(
                appointment(patient, "Mme Amrani", "Contrôle", CHAIR_2, DR_HADDAD, MONDAY, "15:00", "15:30"), busy);
        assertTrue(check.allowed());
        assertEquals(List.of("Mme Amrani a déjà un rendez-vous ce jour-là à 09:00 (Détartrage, Fauteuil 1)."),
                check.warnings().stream().map(BookingIssue::message).toList());
        assertTrue(refuse.check(appointment(patient, "Mme Amrani", "Contrôle", CHAIR_2, DR_HADDAD,
                MONDAY.plusDays(1), "15:00", "15:30"), busy).warnings().isEmpty());
    }

    @Test
    void holidaysAndClosingDaysAreRefused() {
        BookingCheck holiday = refuse.check(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI,
                LocalDate.of(2026, 7, 5), "10:00", "10:30"), busy);
        assertEquals(List.of("Le dimanche 05/07/2026 est un jour férié (Fête de l'Indépendance) : "
                + "l'établissement est fermé."), holiday.errors().stream().map(BookingIssue::message).toList());

        BookingRules closed = new BookingRules(AgendaFixture.schedule().withClosingDay(MONDAY, "Congés annuels"),
                DoubleBookingPolicy.REFUSE);
        BookingCheck check = closed.check(
                appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "10:00", "10:30"), busy);
        assertEquals("L'établissement est fermé le lundi 09/03/2026 (Congés annuels).",
                check.errors().getFirst().message());
        assertEquals(BookingIssue.Code.CLOSING_DAY, check.errors().getFirst().code());
    }

    @Test
    void outsideHoursAndDuringTheBreakAreRefused() {
        BookingCheck lunch = refuse.check(
                appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "11:45", "12:15"), busy);
        assertEquals(List.of("En dehors des heures d'ouverture le lundi 09/03/2026 de 11:45 à 12:15 "
                + "(horaires : 08:00-12:00, 13:00-17:00)."), lunch.errors().stream().map(BookingIssue::message).toList());
        BookingCheck friday = refuse.check(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI,
                MONDAY.plusDays(4), "10:00", "10:30"), busy);
        assertEquals("L'établissement ne reçoit pas le vendredi 13/03/2026.", friday.errors().getFirst().message());
    }

    @Test
    void aPractitionersOwnHoursApply() {
        BookingRules rules = new BookingRules(AgendaFixture.schedule().withResourceHours(DR_HADDAD.id(),
                WeeklyHours.none().withDay(java.time.DayOfWeek.MONDAY, "13:00-17:00")), DoubleBookingPolicy.REFUSE);
        BookingCheck check = rules.check(
                appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_HADDAD, MONDAY, "10:00", "10:30"), busy);
        assertEquals(List.of("Dr Haddad n'est pas disponible le lundi 09/03/2026 de 10:00 à 10:30 "
                + "(horaires : 13:00-17:00)."), check.errors().stream().map(BookingIssue::message).toList());
        assertTrue(rules.check(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_HADDAD, MONDAY, "14:00", "14:30"),
                busy).allowed());
    }

    @Test
    void blockoutsAreRefusedWithTheirReason() {
        busy.put(new Blockout(UUID.randomUUID(), CHAIR_2.id(), at(MONDAY, "10:00").toInstant(),
                at(MONDAY, "12:00").toInstant(), "Maintenance"));
        busy.put(new Blockout(UUID.randomUUID(), null, at(MONDAY, "15:00").toInstant(),
                at(MONDAY, "17:00").toInstant(), "Formation"));
        assertEquals("Le fauteuil 2 est bloqué de 10:00 à 12:00 (Maintenance).", refuse.check(
                appointment("Mme Amrani", "Détartrage", CHAIR_2, DR_BENALI, MONDAY, "11:00", "11:30"), busy)
                .errors().getFirst().message());
        assertTrue(refuse.check(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "11:00", "11:30"),
                busy).allowed(), "another chair is free");
        BookingCheck clinic = refuse.check(
                appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "16:00", "16:30"), busy);
        assertEquals("L'établissement est fermé de 15:00 à 17:00 (Formation).", clinic.errors().getFirst().message());
        assertEquals(BookingIssue.Code.BLOCKOUT, clinic.errors().getFirst().code());
    }

    @Test
    void invalidTimesAreRefusedWithoutThrowing() {
        BookingCheck check = refuse.check(
                appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "10:30", "10:00"), busy);
        assertEquals("L'heure de fin doit être après l'heure de début.", check.errorText());
    }

    @Test
    void roomsAreFeminine() {
        var room = new nova.clinic.domain.Chair(UUID.randomUUID(), "Salle 1", 1);
        busy.put(appointment("Awa Traoré", "Consultation", room, null, MONDAY, "10:00", "10:30"));
        assertEquals("La salle 1 est déjà occupée de 10:00 à 10:30 par Awa Traoré (Consultation).",
                refuse.check(appointment("Moussa Keïta", "Vaccination", room, null, MONDAY, "10:10", "10:20"), busy)
                        .errorText());
    }

    @Test
    void withAClockABookingInThePastIsAWarning() {
        java.time.Clock tuesdayNoon = java.time.Clock.fixed(at(MONDAY.plusDays(1), "12:00").toInstant(),
                AgendaFixture.ALGIERS);
        BookingRules rules = new BookingRules(AgendaFixture.schedule(), DoubleBookingPolicy.REFUSE, tuesdayNoon);
        BookingCheck past = rules.check(
                appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY, "10:00", "10:30"), busy);
        assertTrue(past.allowed());
        assertEquals("Ce rendez-vous commence dans le passé (le lundi 09/03/2026 à 10:00).", past.warningText());
        assertTrue(rules.check(appointment("Mme Amrani", "Détartrage", CHAIR_1, DR_BENALI, MONDAY.plusDays(1),
                "14:00", "14:30"), busy).warnings().isEmpty());
    }
}
