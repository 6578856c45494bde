package nova.clinic.domain;

import java.util.UUID;

/** A dentist, doctor, midwife or nurse who sees patients. */
public record Practitioner(UUID id, String displayName, String speciality, int position) {
}
