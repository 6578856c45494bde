package nova.agenda.service;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.agenda.domain.AppointmentView;
import nova.agenda.store.AppointmentEntity;
import nova.clinic.domain.CareType;
import nova.clinic.service.ClinicService;
import nova.patient.store.PatientEntity;
import org.hibernate.Session;

/** Turns appointment rows into what screens show: names of the patient, chair, practitioner and care type. */
final class AppointmentViews {

    private static final CareType UNKNOWN_CARE = new CareType("?", "?", 30, "#64748B");

    private final ClinicService clinic;

    AppointmentViews(ClinicService clinic) {
        this.clinic = clinic;
    }

    List<AppointmentView> of(Session session, List<AppointmentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> patientIds = rows.stream().map(AppointmentEntity::getPatientId).distinct().toList();
        // Patients already in the session (the one just booked) are not read again.
        Map<UUID, PatientEntity> patients = session.findMultiple(PatientEntity.class, patientIds,
                        org.hibernate.SessionCheckMode.ENABLED).stream()
                .filter(Objects::nonNull).collect(Collectors.toMap(PatientEntity::getId, Function.identity()));
        return views(rows, patients);
    }

    /** Busy slots as views; with {@code session}, the patients' names and phones are read too. */
    List<AppointmentView> ofSlots(Session session, List<BusySlot> slots) {
        if (slots.isEmpty()) {
            return List.of();
        }
        Map<UUID, PatientEntity> patients = session == null ? Map.of()
                : session.findMultiple(PatientEntity.class,
                                slots.stream().map(BusySlot::patientId).distinct().toList(),
                                org.hibernate.SessionCheckMode.ENABLED).stream()
                        .filter(Objects::nonNull)
                        .collect(Collectors.toMap(PatientEntity::getId, Function.identity()));
        return slots.stream().map(slot -> view(slot.id(), slot.patientId(), slot.chairId(), slot.practitionerId(),
                slot.careTypeCode(), slot.start(), slot.end(), slot.status(), slot.notes(),
                patients.get(slot.patientId()))).toList();
    }

    private List<AppointmentView> views(List<AppointmentEntity> rows, Map<UUID, PatientEntity> patients) {
        return rows.stream().map(row -> view(row.getId(), row.getPatientId(), row.getChairId(),
                row.getPractitionerId(), row.getCareTypeCode(), row.getStart(), row.getEnd(), row.getStatus(),
                row.getNotes(), patients.get(row.getPatientId()))).toList();
    }

    private AppointmentView view(UUID id, UUID patientId, UUID chairId, UUID practitionerId, String careTypeCode,
                                 java.time.Instant start, java.time.Instant end,
                                 nova.agenda.domain.AppointmentStatus status, String notes, PatientEntity patient) {
        ZoneId zone = clinic.profile().zone();
        // Deactivated care types and resources keep their names on old appointments.
        CareType careType = clinic.anyCareType(careTypeCode).orElse(UNKNOWN_CARE);
        return new AppointmentView(id, patientId, patient == null ? "?" : patient.toSummary().fullName(),
                patient == null ? null : patient.getPhoneE164(), careTypeCode, careType.label(), careType.colorHex(),
                practitionerId, clinic.practitionerName(practitionerId).orElse("?"),
                chairId, clinic.chairName(chairId).orElse("?"), start.atZone(zone), end.atZone(zone),
                status, notes);
    }

}
