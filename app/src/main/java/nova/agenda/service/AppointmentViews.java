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
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
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

    /**
     * The rows without their patients' names and phones: what a booking check needs when nothing collides (the
     * names only go into refusal and warning texts), without reading every patient of the day.
     */
    List<AppointmentView> withoutPatients(List<AppointmentEntity> rows) {
        return rows.isEmpty() ? List.of() : views(rows, Map.of());
    }

    private List<AppointmentView> views(List<AppointmentEntity> rows, Map<UUID, PatientEntity> patients) {
        ZoneId zone = clinic.profile().zone();
        return rows.stream().map(row -> {
            PatientEntity patient = patients.get(row.getPatientId());
            CareType careType = clinic.careType(row.getCareTypeCode()).orElse(UNKNOWN_CARE);
            return new AppointmentView(row.getId(), row.getPatientId(),
                    patient == null ? "?" : patient.toSummary().fullName(),
                    patient == null ? null : patient.getPhoneE164(),
                    row.getCareTypeCode(), careType.label(), careType.colorHex(),
                    row.getPractitionerId(), clinic.practitioner(row.getPractitionerId()).map(Practitioner::displayName).orElse("?"),
                    row.getChairId(), clinic.chair(row.getChairId()).map(Chair::name).orElse("?"),
                    row.getStart().atZone(zone), row.getEnd().atZone(zone), row.getStatus(), row.getNotes());
        }).toList();
    }
}
