package nova.assistant.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nova.assistant.domain.AssistantContext;

/**
 * The two clinic presets the assistant falls back on when no clinic profile is stored: the dental cabinet in
 * Algiers and the CSCOM of Sanankoroba (Mali). {@code Africa/Bamako} selects the CSCOM; any other zone the cabinet.
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
        Map<String, Integer> care = new LinkedHashMap<>();
        care.put("consultation", 30);
        care.put("urgence", 30);
        care.put("detartrage", 45);
        care.put("soin", 45);
        care.put("extraction", 30);
        care.put("prothese", 60);
        care.put("orthodontie", 30);
        care.put("chirurgie", 60);
        return new AssistantContext(now, AssistantContext.DEFAULT_ADDRESS, 213, LocalTime.of(8, 0),
                LocalTime.of(18, 0), Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), List.copyOf(care.keySet()), care);
    }

    public static AssistantContext cscom(ZonedDateTime now) {
        Map<String, Integer> care = new LinkedHashMap<>();
        care.put("consultation", 20);
        care.put("urgence", 20);
        care.put("cpn", 30);
        care.put("vaccination", 15);
        care.put("planification", 20);
        care.put("suivi_enfant", 20);
        care.put("soin", 15);
        return new AssistantContext(now, "Sanankoroba, Cercle de Kati, Koulikoro", 223, LocalTime.of(8, 0),
                LocalTime.of(16, 0), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), List.copyOf(care.keySet()), care);
    }
}
