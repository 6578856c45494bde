package nova.agenda.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.HolidayCalendar;
import nova.agenda.domain.WorkingSchedule;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;

/** The dental cabinet of the examples: Algiers, Sunday to Thursday, 08:00-17:00 with a 12:00-13:00 break. */
final class AgendaFixture {

    static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    static final ClinicProfile PROFILE = new ClinicProfile("Cabinet Dr Benali", "Alger", ALGIERS, 213,
            Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
            LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(12, 0), LocalTime.of(13, 0),
            ClinicKind.DENTAL_CABINET);
    static final Chair CHAIR_1 = new Chair(UUID.fromString("00000000-0000-0000-0000-0000000000c1"), "Fauteuil 1", 1);
    static final Chair CHAIR_2 = new Chair(UUID.fromString("00000000-0000-0000-0000-0000000000c2"), "Fauteuil 2", 2);
    static final Practitioner DR_BENALI = new Practitioner(
            UUID.fromString("00000000-0000-0000-0000-0000000000d1"), "Dr Benali", "dentiste", 1);
    static final Practitioner DR_HADDAD = new Practitioner(
            UUID.fromString("00000000-0000-0000-0000-0000000000d2"), "Dr Haddad", "dentiste", 2);
    /** Monday 9 March 2026, a working day. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private AgendaFixture() {
    }

    static WorkingSchedule schedule() {
        return WorkingSchedule.fromProfile(PROFILE, HolidayCalendar.algeria());
    }

    static SlotFinder finder() {
        return new SlotFinder(schedule(), List.of(CHAIR_2, CHAIR_1), List.of(DR_HADDAD, DR_BENALI));
    }

    static ZonedDateTime at(LocalDate day, String hhmm) {
        return ZonedDateTime.of(day, LocalTime.parse(hhmm), ALGIERS);
    }

    static AppointmentView appointment(String patient, String care, Chair chair, Practitioner practitioner,
                                       LocalDate day, String from, String to) {
        return appointment(UUID.randomUUID(), patient, care, chair, practitioner, day, from, to);
    }

    static AppointmentView appointment(UUID patientId, String patient, String care, Chair chair,
                                       Practitioner practitioner, LocalDate day, String from, String to) {
        return new AppointmentView(UUID.randomUUID(), patientId, patient, "+213555123456", care.toLowerCase(), care,
                "#4a90d9", practitioner == null ? null : practitioner.id(),
                practitioner == null ? null : practitioner.displayName(), chair == null ? null : chair.id(),
                chair == null ? null : chair.name(), at(day, from), at(day, to), AppointmentStatus.BOOKED, null);
    }

    static AppointmentView withStatus(AppointmentView a, AppointmentStatus status) {
        return new AppointmentView(a.id(), a.patientId(), a.patientName(), a.patientPhone(), a.careTypeCode(),
                a.careTypeLabel(), a.colorHex(), a.practitionerId(), a.practitionerName(), a.chairId(), a.chairName(),
                a.start(), a.end(), status, a.notes());
    }
}
