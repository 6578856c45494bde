package nova.agenda.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.SlotProposal;

class SlotFinderPropertiesTest {

    @Property(tries = 400)
    void proposalsAreExactlyTheEarliestFoundByBruteForce(@ForAll long seed) {
        RandomCalendar cal = new RandomCalendar(seed);
        List<SlotProposal> expected = SlotOracle.find(cal);
        List<SlotProposal> actual = cal.finder().find(cal.query, cal.busyIndex());
        Statistics.label("proposals").collect(actual.isEmpty() ? "none" : actual.size() < cal.query.count() ? "some" : "all");
        Statistics.label("calendar").collect(cal.blockouts.isEmpty() ? "no blockout" : "blockouts",
                cal.practitioners.isEmpty() ? "no practitioner" : "practitioners");
        assertEquals(expected, actual, () -> "seed " + seed + " query " + cal.query);
    }

    @Property(tries = 300)
    void proposalsNeverOverlapAnythingNorLeaveTheHours(@ForAll long seed) {
        RandomCalendar cal = new RandomCalendar(seed);
        List<SlotProposal> slots = cal.finder().find(cal.query, cal.busyIndex());
        BookingRules rules = new BookingRules(cal.schedule(), DoubleBookingPolicy.REFUSE);
        BusyIndex busy = cal.busyIndex();
        for (int i = 0; i < slots.size(); i++) {
            SlotProposal s = slots.get(i);
            assertTrue(s.end().isAfter(s.start()));
            assertFalse(s.start().isBefore(cal.query.windowStart()), "before window");
            assertFalse(s.end().isAfter(cal.query.windowEnd()), "after window");
            if (i > 0) {
                assertFalse(s.start().isBefore(slots.get(i - 1).end()), "proposals overlap or go back in time");
            }
            // Every minute free by the oracle's own reading of the raw calendar.
            for (long m = s.start().toEpochSecond() / 60; m < s.end().toEpochSecond() / 60; m++) {
                assertTrue(SlotOracle.isFree(cal, s.chairId(), s.practitionerId(), m), "busy minute in " + s);
            }
            // And the booking rules accept it: the two halves of the engine agree.
            AppointmentView candidate = new AppointmentView(UUID.randomUUID(), UUID.randomUUID(), "Nouveau", null,
                    "soin", "Soin", "#888", s.practitionerId(), "Dr", s.chairId(), "Fauteuil", s.start(), s.end(),
                    AppointmentStatus.BOOKED, null);
            BookingCheck check = rules.check(candidate, busy);
            assertTrue(check.allowed(), () -> "seed " + seed + ": " + check.errorText());
        }
    }

    @Property(tries = 150)
    void sameInputSameAnswerWhateverTheInsertionOrder(@ForAll long seed) {
        RandomCalendar cal = new RandomCalendar(seed);
        List<SlotProposal> first = cal.finder().find(cal.query, cal.busyIndex());
        List<AppointmentView> shuffled = new ArrayList<>(cal.appointments);
        Collections.shuffle(shuffled, new Random(seed));
        List<nova.clinic.domain.Chair> chairs = new ArrayList<>(cal.chairs);
        Collections.shuffle(chairs, new Random(seed + 1));
        SlotFinder other = new SlotFinder(cal.schedule(), chairs, cal.practitioners);
        assertEquals(first, other.find(cal.query, BusyIndex.of(shuffled, cal.blockouts)));
        assertEquals(first, cal.finder().find(cal.query, cal.busyIndex()));
    }

    @Property(tries = 150)
    void incrementalUpdatesGiveTheSameIndexAsARebuild(@ForAll long seed) {
        RandomCalendar cal = new RandomCalendar(seed);
        BusyIndex index = cal.busyIndex();
        Random random = new Random(seed);
        List<AppointmentView> current = new ArrayList<>(cal.appointments);
        for (int i = 0; i < current.size(); i++) {
            AppointmentView a = current.get(i);
            int roll = random.nextInt(3);
            if (roll == 0) {
                index.remove(a.id());
                current.set(i, null);
            } else if (roll == 1) {
                AppointmentView moved = new AppointmentView(a.id(), a.patientId(), a.patientName(), null,
                        a.careTypeCode(), a.careTypeLabel(), a.colorHex(), a.practitionerId(), a.practitionerName(),
                        a.chairId(), a.chairName(), a.start().plusMinutes(35), a.end().plusMinutes(50),
                        AppointmentStatus.values()[random.nextInt(AppointmentStatus.values().length)], null);
                index.put(moved);
                current.set(i, moved);
            }
        }
        List<AppointmentView> remaining = current.stream().filter(java.util.Objects::nonNull).toList();
        RandomCalendar rebuiltCal = cal;
        BusyIndex rebuilt = BusyIndex.of(remaining, cal.blockouts);
        assertEquals(rebuiltCal.finder().find(cal.query, rebuilt), cal.finder().find(cal.query, index));
    }

    /** The booking rules accept a random appointment exactly when every minute of it is free by the oracle. */
    @Property(tries = 400)
    void bookingRulesAgreeWithTheOracle(@ForAll long seed) {
        RandomCalendar cal = new RandomCalendar(seed);
        Random random = new Random(~seed);
        BookingRules rules = new BookingRules(cal.schedule(), DoubleBookingPolicy.REFUSE);
        BusyIndex busy = cal.busyIndex();
        for (int i = 0; i < 20; i++) {
            var chair = cal.chairs.get(random.nextInt(cal.chairs.size()));
            var practitioner = cal.practitioners.isEmpty() || random.nextInt(4) == 0 ? null
                    : cal.practitioners.get(random.nextInt(cal.practitioners.size()));
            var start = java.time.ZonedDateTime.of(cal.firstDay.atStartOfDay(), RandomCalendar.ZONE)
                    .plusMinutes(5L * (72 + random.nextInt(cal.days * 288 - 144)));
            var end = start.plusMinutes(5L * (2 + random.nextInt(24)));
            boolean free = start.toLocalDate().equals(end.toLocalDate());
            for (long m = start.toEpochSecond() / 60; free && m < end.toEpochSecond() / 60; m++) {
                free = SlotOracle.isBookable(cal, chair.id(), practitioner == null ? null : practitioner.id(), m,
                        false);
            }
            AppointmentView candidate = new AppointmentView(UUID.randomUUID(), UUID.randomUUID(), "Nouveau", null,
                    "soin", "Soin", "#888", practitioner == null ? null : practitioner.id(),
                    practitioner == null ? null : practitioner.displayName(), chair.id(), chair.name(), start, end,
                    AppointmentStatus.BOOKED, null);
            BookingCheck check = rules.check(candidate, busy);
            boolean expected = free;
            Statistics.label("verdict").collect(expected ? "free" : "refused");
            assertEquals(expected, check.allowed(), () -> "seed " + seed + " " + candidate.start() + "-"
                    + candidate.end() + ": " + check.errorText());
            if (!expected) {
                assertFalse(check.errorText().isBlank());
            }
        }
    }
}
