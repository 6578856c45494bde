package nova.assistant.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nova.assistant.domain.AssistantContext;
import nova.clinic.service.ClinicCard;

/**
 * The assistant's context for a clinic: its own card (address, zone, hours, care types) when the workstation has
 * one and the zone asked for is the clinic's, else the preset of that zone.
 */
public final class ClinicAssistantContexts {

    private ClinicAssistantContexts() {
    }

    public static AssistantContext forZone(Optional<ClinicCard> card, ZoneId zone, Instant now) {
        if (card.isPresent() && card.get().zone().equals(zone)) {
            return of(card.get(), now);
        }
        return DefaultAssistantContexts.forZone(zone, now);
    }

    public static AssistantContext of(ClinicCard card, Instant now) {
        return new AssistantContext(now.atZone(card.zone()), card.address(), card.countryCallingCode(), card.opening(),
                card.closing(), card.workingDays(), List.copyOf(card.careTypeDurations().keySet()),
                card.careTypeDurations());
    }
}
