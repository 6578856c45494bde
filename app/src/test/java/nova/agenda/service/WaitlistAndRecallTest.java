package nova.agenda.service;

import static nova.agenda.service.AgendaFixture.ALGIERS;
import static nova.agenda.service.AgendaFixture.CHAIR_1;
import static nova.agenda.service.AgendaFixture.DR_BENALI;
import static nova.agenda.service.AgendaFixture.DR_HADDAD;
import static nova.agenda.service.AgendaFixture.MONDAY;
import static nova.agenda.service.AgendaFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.LastCare;
import nova.agenda.domain.Recall;
import nova.agenda.domain.RecallRule;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.WaitlistEntry;

class WaitlistAndRecallTest {

    private final WaitlistMatcher matcher = new WaitlistMatcher(ALGIERS, Map.of("detartrage", 30, "extraction", 45,
            "controle", 15));
    /** Monday 9 March 2026, 10:00-10:30, chair 1, Dr Benali: freed by a cancellation. */
    private final SlotProposal freed = new SlotProposal(at(MONDAY, "10:00"), at(MONDAY, "10:30"), CHAIR_1.id(),
            DR_BENALI.id());

    @Test
    void freedSlotGoesToFittingWishesEarliestRequestFirst() {
        WaitlistEntry late = entry("Mme Saidi", "detartrage", Set.of(), null, null, "2026-03-02T10:00:00Z", null);
        WaitlistEntry early = entry("M. Kaci", "controle", Set.of(DayOfWeek.MONDAY), ClockRange.parse("08:00-12:00"),
                DR_BENALI.id(), "2026-03-01T09:00:00Z", at(MONDAY.plusDays(10), "09:00"));
        WaitlistEntry tooLong = entry("Mme Ouali", "extraction", Set.of(), null, null, "2026-02-01T09:00:00Z", null);
        WaitlistEntry wrongDay = entry("M. Ziani", "controle", Set.of(DayOfWeek.TUESDAY), null, null,
                "2026-02-01T09:00:00Z", null);
        WaitlistEntry afternoon = entry("Mme Lounis", "controle", Set.of(), ClockRange.parse("13:00-17:00"), null,
                "2026-02-01T09:00:00Z", null);
        WaitlistEntry otherDoctor = entry("M. Taleb", "controle", Set.of(), null, DR_HADDAD.id(),
                "2026-02-01T09:00:00Z", null);
        WaitlistEntry alreadyEarlier = entry("Mme Cherif", "controle", Set.of(), null, null, "2026-02-01T09:00:00Z",
                at(MONDAY, "08:00"));
        WaitlistEntry unknownCare = entry("M. Bouzid", "implant", Set.of(), null, null, "2026-02-01T09:00:00Z", null);
        List<WaitlistEntry> offers = matcher.candidatesFor(freed,
                List.of(late, tooLong, wrongDay, afternoon, early, otherDoctor, alreadyEarlier, unknownCare));
        assertEquals(List.of("M. Kaci", "Mme Saidi"), offers.stream().map(WaitlistEntry::patientName).toList());
    }

    @Test
    void recallsDueOverdueAndUpcoming() {
        RecallRules rules = new RecallRules(List.of(RecallRules.scalingEverySixMonths(),
                new RecallRule("controle", Period.ofYears(1), Period.ZERO)));
        LocalDate asOf = LocalDate.of(2026, 9, 15);
        UUID amrani = UUID.randomUUID();
        UUID kaci = UUID.randomUUID();
        UUID saidi = UUID.randomUUID();
        UUID booked = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        List<LastCare> cares = List.of(
                new LastCare(amrani, "Mme Amrani", null, "detartrage", LocalDate.of(2026, 3, 1)),  // due 09-01: due
                new LastCare(kaci, "M. Kaci", null, "detartrage", LocalDate.of(2026, 1, 10)),      // due 07-10: overdue
                new LastCare(saidi, "Mme Saidi", null, "detartrage", LocalDate.of(2026, 3, 30)),   // due 09-30: upcoming
                new LastCare(booked, "M. Ouali", null, "detartrage", LocalDate.of(2026, 1, 1)),    // already booked
                new LastCare(recent, "M. Ziani", null, "detartrage", LocalDate.of(2026, 8, 1)),    // not yet
                new LastCare(kaci, "M. Kaci", null, "extraction", LocalDate.of(2025, 1, 1)),       // no rule
                new LastCare(saidi, "Mme Saidi", null, "controle", LocalDate.of(2025, 9, 15)));    // due today
        List<Recall> list = rules.recalls(cares, Set.of(RecallRules.bookedKey(booked, "detartrage")), asOf,
                Period.ofMonths(1));
        assertEquals(List.of("M. Kaci", "Mme Amrani", "Mme Saidi", "Mme Saidi"),
                list.stream().map(Recall::patientName).toList());
        assertEquals(Recall.RecallState.OVERDUE, list.get(0).state());
        assertEquals(67, list.get(0).daysPastDue());
        assertEquals(Recall.RecallState.DUE, list.get(1).state());
        assertEquals("controle", list.get(2).careTypeCode());
        assertEquals(Recall.RecallState.DUE, list.get(2).state(), "due today with no tolerance is due");
        assertEquals(Recall.RecallState.UPCOMING, list.get(3).state());
        assertEquals("À rappeler", Recall.RecallState.DUE.label());
        assertTrue(rules.recalls(cares, Set.of(), asOf, Period.ZERO).stream()
                .noneMatch(r -> r.state() == Recall.RecallState.UPCOMING));
    }

    @Test
    void lastCaresComeFromDoneAppointmentsOnly() {
        UUID patient = UUID.randomUUID();
        AppointmentView march = AgendaFixture.withStatus(AgendaFixture.appointment(patient, "Mme Amrani",
                "Detartrage", CHAIR_1, DR_BENALI, MONDAY, "10:00", "10:30"), AppointmentStatus.DONE);
        AppointmentView june = AgendaFixture.withStatus(AgendaFixture.appointment(patient, "Mme Amrani",
                "Detartrage", CHAIR_1, DR_BENALI, LocalDate.of(2026, 6, 8), "10:00", "10:30"), AppointmentStatus.DONE);
        AppointmentView cancelledLater = AgendaFixture.withStatus(AgendaFixture.appointment(patient, "Mme Amrani",
                "Detartrage", CHAIR_1, DR_BENALI, LocalDate.of(2026, 7, 6), "10:00", "10:30"),
                AppointmentStatus.CANCELLED);
        List<LastCare> last = RecallRules.lastCares(List.of(june, march, cancelledLater));
        assertEquals(List.of(new LastCare(patient, "Mme Amrani", "+213555123456", "detartrage",
                LocalDate.of(2026, 6, 8))), last);
    }

    private static WaitlistEntry entry(String name, String care, Set<DayOfWeek> days, ClockRange part,
                                       UUID practitioner, String requestedAt, java.time.ZonedDateTime current) {
        return new WaitlistEntry(UUID.randomUUID(), UUID.randomUUID(), name, null, care, days, part, practitioner,
                Instant.parse(requestedAt), current);
    }
}
