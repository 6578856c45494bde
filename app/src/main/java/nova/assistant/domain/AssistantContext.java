package nova.assistant.domain;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an engine needs to read a request: the reference instant in the clinic's zone, the clinic's address,
 * its country calling code (213 or 223), and its care types with their durations in minutes.
 */
public record AssistantContext(
        ZonedDateTime now,
        String clinicAddress,
        int countryCallingCode,
        Map<String, Integer> careTypeDurations,
        List<String> careTypeCodes) {

    public static final String DEFAULT_ADDRESS = "Cité 109, Daboussy El Achour, Alger";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Africa/Algiers");

    public ZoneId zone() {
        return now.getZone();
    }
}
