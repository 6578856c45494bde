package nova.agenda.domain;

import java.time.ZonedDateTime;
import java.util.UUID;

/** A free slot found by the slot finder; practitionerId is null when the clinic has no practitioner to assign. */
public record SlotProposal(ZonedDateTime start, ZonedDateTime end, UUID chairId, UUID practitionerId) {
}
