package nova.clinic.domain;

import java.util.UUID;

/** A dental chair or a consultation room: what an appointment occupies. */
public record Chair(UUID id, String name, int position) {
}
