package nova.clinic.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nova.clinic.domain.CareType;
import nova.clinic.domain.ClinicProfile;

/**
 * clinic.json: the clinic's public facts (name, address, zone, hours, care type durations) kept in clear beside
 * the encrypted store, so that scripted tools such as {@code nova assistant parse} can use them without a login.
 * It never holds patient data or secrets.
 */
public record ClinicCard(String name, String address, ZoneId zone, int countryCallingCode, Set<DayOfWeek> workingDays,
                         LocalTime opening, LocalTime closing, Map<String, Integer> careTypeDurations) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ClinicCard of(ClinicProfile profile, List<CareType> careTypes) {
        Map<String, Integer> durations = new LinkedHashMap<>();
        careTypes.forEach(c -> durations.put(c.code(), c.durationMinutes()));
        return new ClinicCard(profile.name(), profile.address(), profile.zone(), profile.countryCallingCode(),
                profile.workingDays(), profile.opening(), profile.closing(), durations);
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", name);
        root.put("address", address);
        root.put("zone", zone.getId());
        root.put("countryCallingCode", countryCallingCode);
        ArrayNode days = root.putArray("workingDays");
        workingDays.stream().sorted().forEach(d -> days.add(d.name()));
        root.put("opening", opening.toString());
        root.put("closing", closing.toString());
        ObjectNode care = root.putObject("careTypeDurations");
        careTypeDurations.forEach(care::put);
        Files.createDirectories(file.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /** The card of the store in that directory, or empty when there is none or it cannot be read. */
    public static Optional<ClinicCard> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var root = JSON.readTree(file.toFile());
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            root.path("workingDays").forEach(d -> days.add(DayOfWeek.valueOf(d.asText())));
            Map<String, Integer> durations = new LinkedHashMap<>();
            root.path("careTypeDurations").properties().forEach(e -> durations.put(e.getKey(), e.getValue().asInt()));
            return Optional.of(new ClinicCard(root.path("name").asText(), root.path("address").asText(),
                    ZoneId.of(root.path("zone").asText()), root.path("countryCallingCode").asInt(), days,
                    LocalTime.parse(root.path("opening").asText()), LocalTime.parse(root.path("closing").asText()),
                    durations));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
