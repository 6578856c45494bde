package nova.assistant.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nova.assistant.domain.AssistantContext;
import nova.clinic.service.ClinicCard;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.SetupRequest;

/**
 * The two clinic presets the assistant falls back on when no clinic profile is stored: the dental cabinet in
 * Algiers and the CSCOM of Sanankoroba (Mali), exactly as the setup wizard's presets define them.
 * {@code Africa/Bamako} selects the CSCOM; any other zone the cabinet.
 */
public final class DefaultAssistantContexts {

    public static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");

    private DefaultAssistantContexts() {
    }

    /** The preset for {@code zone}, with {@code now} seen in that zone. */
    public static AssistantContext forZone(ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return BAMAKO.equals(zone) ? cscom(local) : dentalAlgiers(local);
    }

    public static AssistantContext dentalAlgiers(ZonedDateTime now) {
        return of(ClinicPresets.cabinetAlger(), now);
    }

    public static AssistantContext cscom(ZonedDateTime now) {
        return of(ClinicPresets.cscomMali(), now);
    }

    /** The preset's facts, but in the zone {@code now} is given in (the contract lets {@code --zone} choose it). */
    private static AssistantContext of(SetupRequest preset, ZonedDateTime now) {
        ClinicCard card = ClinicCard.of(preset.profile(), preset.careTypes());
        AssistantContext context = ClinicAssistantContexts.of(card, now.toInstant());
        return new AssistantContext(now, context.clinicAddress(), context.countryCallingCode(), context.opening(),
                context.closing(), context.workingDays(), context.careTypeCodes(), context.careTypeDurations());
    }
}
