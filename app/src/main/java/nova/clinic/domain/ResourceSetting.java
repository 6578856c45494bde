package nova.clinic.domain;

import java.util.UUID;

/**
 * A practitioner or a chair (room) as the administrator edits it, deactivated ones included: a deactivated resource
 * leaves the booking choices but keeps its name on old appointments. {@code ownHours} is null when it follows the
 * clinic's hours; {@code speciality} is always null for a chair.
 */
public record ResourceSetting(UUID id, String name, String speciality, boolean active, ResourceHours ownHours) {

    public boolean hasOwnHours() {
        return ownHours != null;
    }
}
