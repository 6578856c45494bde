package nova.assistant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import nova.assistant.domain.AssistantContext;
import org.junit.jupiter.api.Test;

class DefaultAssistantContextsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void bamakoSelectsTheCscom() {
        AssistantContext context = DefaultAssistantContexts.forZone(ZoneId.of("Africa/Bamako"), NOW);
        assertEquals(223, context.countryCallingCode());
        assertEquals("Sanankoroba, Cercle de Kati, Koulikoro", context.clinicAddress());
        assertEquals(LocalTime.of(16, 0), context.closing());
        assertEquals(30, context.durationOf("cpn"));
        assertEquals(false, context.workingDays().contains(DayOfWeek.SUNDAY));
    }

    @Test
    void anyOtherZoneGetsTheAlgiersCabinetInThatZone() {
        AssistantContext context = DefaultAssistantContexts.forZone(ZoneId.of("-02:00"), NOW);
        assertEquals(213, context.countryCallingCode());
        assertEquals(AssistantContext.DEFAULT_ADDRESS, context.clinicAddress());
        assertEquals(ZoneId.of("-02:00"), context.zone());
        assertEquals(45, context.durationOf("detartrage"));
        assertEquals(true, context.workingDays().contains(DayOfWeek.SUNDAY));
    }
}
