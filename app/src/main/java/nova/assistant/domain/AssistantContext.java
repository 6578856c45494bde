package nova.assistant.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an engine needs to read a request: the reference instant in the clinic's zone, the clinic's address, its
 * country calling code (213 or 223), its opening hours and days, and its care types (codes in preference order)
 * with their durations in minutes.
 */
public record AssistantContext(
        ZonedDateTime now,
        String clinicAddress,
        int countryCallingCode,
        LocalTime opening,
        LocalTime closing,
        Set<DayOfWeek> workingDays,
        List<String> careTypeCodes,
        Map<String, Integer> careTypeDurations) {

    public static final String DEFAULT_ADDRESS = "Cité 109, Daboussy El Achour, Alger";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Africa/Algiers");

    public AssistantContext {
        workingDays = Set.copyOf(workingDays);
        careTypeCodes = List.copyOf(careTypeCodes);
        careTypeDurations = Map.copyOf(careTypeDurations);
    }

    public ZoneId zone() {
        return now.getZone();
    }

    /** The care type's duration, or 30 minutes when the clinic does not know it (the contract's default). */
    public int durationOf(String careTypeCode) {
        return careTypeCode == null ? 30 : careTypeDurations.getOrDefault(careTypeCode, 30);
    }
}
