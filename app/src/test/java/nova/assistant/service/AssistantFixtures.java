package nova.assistant.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantContext;
import nova.assistant.domain.AssistantEngine;

/** Contexts and actions shared by the assistant service tests. */
public final class AssistantFixtures {

    public static final List<String> CARE_TYPES = List.of("consultation", "urgence", "detartrage", "soin",
            "extraction", "prothese", "orthodontie", "chirurgie");

    private AssistantFixtures() {
    }

    /** Monday 23 November 2026, 10:00 in Algiers. */
    public static AssistantContext algiers() {
        Map<String, Integer> durations = new LinkedHashMap<>();
        CARE_TYPES.forEach(code -> durations.put(code, 30));
        durations.put("extraction", 45);
        return new AssistantContext(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Africa/Algiers")),
                AssistantContext.DEFAULT_ADDRESS, 213, LocalTime.of(8, 0), LocalTime.of(18, 0),
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY),
                CARE_TYPES, durations);
    }

    public static AssistantContext bamako() {
        return new AssistantContext(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Africa/Bamako")),
                "CSCOM de Sikoro, Bamako", 223, LocalTime.of(8, 0), LocalTime.of(17, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of("consultation", "vaccination"),
                Map.of("consultation", 20, "vaccination", 15));
    }

    /** What Claude would send for "RDV jeudi à 10h pour Mme Amrani, 0555 12 34 56". */
    public static ObjectNode createInput(ObjectMapper mapper) {
        ObjectNode input = mapper.createObjectNode();
        input.put("action", "CREATE");
        input.put("clinic_address", AssistantContext.DEFAULT_ADDRESS);
        input.put("timezone", "Africa/Algiers");
        ObjectNode patient = input.putObject("patient");
        patient.put("name", "Mme Amrani");
        patient.put("phone_e164", "[TEL_1]");
        patient.putNull("email");
        patient.putNull("patient_id");
        input.put("care_type", "consultation");
        ObjectNode slot = input.putObject("slot");
        slot.put("start_iso", "2026-11-26T10:00:00+01:00");
        slot.put("end_iso", "2026-11-26T10:30:00+01:00");
        slot.put("duration_minutes", 30);
        input.putNull("window");
        input.putNull("original");
        input.putArray("missing");
        input.putNull("question_fr");
        input.put("engine", "claude");
        return input;
    }

    public static AssistantAction needInfo(String question) {
        return new AssistantAction(ActionType.NEED_INFO, AssistantContext.DEFAULT_ADDRESS, "Africa/Algiers", null,
                null, null, null, null, List.of("patient.name"), question, "local");
    }

    /** A stand-in for the local engine: always the same question, and a count of its calls. */
    public static final class CountingLocalEngine implements AssistantEngine {

        public static final String QUESTION = "Pour quel patient ?";
        public final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "local";
        }

        @Override
        public AssistantAction parse(String text, AssistantContext context) {
            calls.incrementAndGet();
            return needInfo(QUESTION);
        }
    }
}
