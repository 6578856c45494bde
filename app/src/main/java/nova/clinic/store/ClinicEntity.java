package nova.clinic.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.store.SyncedEntity;

@Entity
@Table(name = "clinic")
public class ClinicEntity extends SyncedEntity {

    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "address", nullable = false)
    private String address;
    @Column(name = "zone_id", nullable = false)
    private String zoneId;
    @Column(name = "calling_code", nullable = false)
    private int callingCode;
    /** ISO day numbers, e.g. "7,1,2,3,4" for Sunday to Thursday. */
    @Column(name = "working_days", nullable = false)
    private String workingDays;
    @Column(name = "opening_time", nullable = false)
    private LocalTime opening;
    @Column(name = "closing_time", nullable = false)
    private LocalTime closing;
    @Column(name = "break_start")
    private LocalTime breakStart;
    @Column(name = "break_end")
    private LocalTime breakEnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ClinicKind kind;
    @Column(name = "phone")
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "double_booking_policy", nullable = false)
    private DoubleBookingPolicy doubleBookingPolicy;

    protected ClinicEntity() {
    }

    public ClinicEntity(UUID id, UUID siteId, Instant now, ClinicProfile profile, DoubleBookingPolicy policy) {
        super(id, siteId, now);
        apply(profile);
        this.doubleBookingPolicy = policy;
    }

    public void apply(ClinicProfile profile) {
        this.name = profile.name();
        this.address = profile.address();
        this.zoneId = profile.zone().getId();
        this.callingCode = profile.countryCallingCode();
        this.workingDays = profile.workingDays().stream().sorted().map(d -> Integer.toString(d.getValue()))
                .collect(Collectors.joining(","));
        this.opening = profile.opening();
        this.closing = profile.closing();
        this.breakStart = profile.breakStart();
        this.breakEnd = profile.breakEnd();
        this.kind = profile.kind();
    }

    public ClinicProfile toProfile() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workingDays.split(",")).filter(s -> !s.isBlank())
                .forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s.strip()))));
        return new ClinicProfile(name, address, ZoneId.of(zoneId), callingCode, days, opening, closing, breakStart,
                breakEnd, kind);
    }

    public String getPhone() {
        return phone == null ? "" : phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public DoubleBookingPolicy getDoubleBookingPolicy() {
        return doubleBookingPolicy;
    }

    public void setDoubleBookingPolicy(DoubleBookingPolicy doubleBookingPolicy) {
        this.doubleBookingPolicy = doubleBookingPolicy;
    }
}
