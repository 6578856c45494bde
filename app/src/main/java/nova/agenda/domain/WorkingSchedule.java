package nova.agenda.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.ClosingPeriod;
import nova.clinic.domain.ResourceHours;

/**
 * When the clinic and each resource (chair, room, practitioner, all keyed by UUID) can be booked: clinic weekly
 * hours, per-resource weekly hours that replace the clinic's for that resource, closing days and public holidays.
 * One-off blockouts are not here: they are busy time, kept with appointments in the busy index.
 * Immutable; edits return a new schedule.
 */
public final class WorkingSchedule {

    private final ZoneId zone;
    private final WeeklyHours clinicHours;
    private final Map<UUID, WeeklyHours> resourceHours;
    private final Map<LocalDate, String> closingDays;
    private final HolidayCalendar holidays;

    public WorkingSchedule(ZoneId zone, WeeklyHours clinicHours, Map<UUID, WeeklyHours> resourceHours,
                           Map<LocalDate, String> closingDays, HolidayCalendar holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clinicHours = Objects.requireNonNull(clinicHours, "clinicHours");
        this.resourceHours = Collections.unmodifiableMap(new HashMap<>(resourceHours));
        this.closingDays = Collections.unmodifiableMap(new TreeMap<>(closingDays));
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** The clinic's own days, hours and break from its profile; no overrides, no closing days yet. */
    public static WorkingSchedule fromProfile(ClinicProfile profile, HolidayCalendar holidays) {
        WeeklyHours hours = WeeklyHours.uniform(profile.workingDays(), profile.opening(), profile.closing(),
                profile.hasBreak() ? profile.breakStart() : null, profile.hasBreak() ? profile.breakEnd() : null);
        return new WorkingSchedule(profile.zone(), hours, Map.of(), Map.of(), holidays);
    }

    /**
     * The clinic's hours, each resource's own hours replacing them for that resource, and every day of the closing
     * periods closed with its reason (a day in two periods takes the later period's reason).
     */
    public static WorkingSchedule of(ClinicProfile profile, Map<UUID, ResourceHours> ownHours,
                                     List<ClosingPeriod> closings, HolidayCalendar holidays) {
        WorkingSchedule base = fromProfile(profile, holidays);
        Map<UUID, WeeklyHours> resources = new HashMap<>();
        ownHours.forEach((id, own) -> resources.put(id, weekly(own)));
        Map<LocalDate, String> closed = new TreeMap<>();
        for (ClosingPeriod period : closings) {
            period.days().forEach(day -> closed.put(day, period.reason()));
        }
        return new WorkingSchedule(base.zone, base.clinicHours, resources, closed, holidays);
    }

    /** A resource's own hours as weekly ranges, its break cut out. */
    public static WeeklyHours weekly(ResourceHours own) {
        return WeeklyHours.uniform(own.days(), own.opening(), own.closing(),
                own.hasBreak() ? own.breakStart() : null, own.hasBreak() ? own.breakEnd() : null);
    }

    public WorkingSchedule withResourceHours(UUID resourceId, WeeklyHours hours) {
        Map<UUID, WeeklyHours> m = new HashMap<>(resourceHours);
        m.put(resourceId, hours);
        return new WorkingSchedule(zone, clinicHours, m, closingDays, holidays);
    }

    public WorkingSchedule withoutResourceHours(UUID resourceId) {
        Map<UUID, WeeklyHours> m = new HashMap<>(resourceHours);
        m.remove(resourceId);
        return new WorkingSchedule(zone, clinicHours, m, closingDays, holidays);
    }

    public WorkingSchedule withClinicHours(WeeklyHours hours) {
        return new WorkingSchedule(zone, hours, resourceHours, closingDays, holidays);
    }

    public WorkingSchedule withClosingDay(LocalDate date, String reason) {
        Map<LocalDate, String> m = new TreeMap<>(closingDays);
        m.put(date, reason == null ? "" : reason);
        return new WorkingSchedule(zone, clinicHours, resourceHours, m, holidays);
    }

    public WorkingSchedule withoutClosingDay(LocalDate date) {
        Map<LocalDate, String> m = new TreeMap<>(closingDays);
        m.remove(date);
        return new WorkingSchedule(zone, clinicHours, resourceHours, m, holidays);
    }

    public WorkingSchedule withHolidays(HolidayCalendar calendar) {
        return new WorkingSchedule(zone, clinicHours, resourceHours, closingDays, calendar);
    }

    public ZoneId zone() {
        return zone;
    }

    public WeeklyHours clinicHours() {
        return clinicHours;
    }

    public HolidayCalendar holidays() {
        return holidays;
    }

    public Map<LocalDate, String> closingDays() {
        return closingDays;
    }

    /** The resource's own hours if it has some, else the clinic's; null resource = the clinic's. */
    public WeeklyHours hoursOf(UUID resourceId) {
        if (resourceId == null) {
            return clinicHours;
        }
        return resourceHours.getOrDefault(resourceId, clinicHours);
    }

    public boolean hasOwnHours(UUID resourceId) {
        return resourceId != null && resourceHours.containsKey(resourceId);
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return holidays.holidayOn(date);
    }

    /** The reason the clinic is closed that day (closing day set by the admin), if it is. */
    public Optional<String> closingReason(LocalDate date) {
        return Optional.ofNullable(closingDays.get(date));
    }

    public boolean isClosed(LocalDate date) {
        return closingDays.containsKey(date) || holidays.isHoliday(date);
    }

    /** Bookable ranges of a resource on a date: none on closing days and holidays. */
    public List<ClockRange> openRanges(LocalDate date, UUID resourceId) {
        if (isClosed(date)) {
            return List.of();
        }
        return hoursOf(resourceId).on(date.getDayOfWeek());
    }
}
