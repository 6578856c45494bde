package nova.assistant.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantContext;

/**
 * Checks an action against the contract, whoever produced it: first the raw JSON against the action's schema
 * (exact keys, types, enums), then the meaning (care type known to the clinic, ISO times with the zone's offset,
 * end after start, phone pattern of the clinic's country, question only for NEED_INFO). Problems are short English
 * sentences for logs and test failures; an empty list means valid.
 */
public final class ActionValidator {

    private static final Pattern ALGERIAN_MOBILE = Pattern.compile("^\\+213[567]\\d{8}$");
    private static final Pattern MALIAN_NUMBER = Pattern.compile("^\\+223\\d{8}$");
    private static final Pattern LOCAL_TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");
    private static final List<String> ENGINES = List.of("claude", "local");

    private final ActionSchema schema;

    public ActionValidator(ActionSchema schema) {
        this.schema = schema;
    }

    /** With a plain Jackson mapper: what tests of any engine need. */
    public ActionValidator() {
        this(new ActionSchema(new com.fasterxml.jackson.databind.ObjectMapper()));
    }

    /** Structural problems of raw JSON (as a tool input) against the action's schema for this clinic. */
    public List<String> jsonProblems(JsonNode json, AssistantContext context) {
        List<String> problems = new ArrayList<>();
        checkNode(json, schema.forContext(context), "$", problems);
        return problems;
    }

    /** Problems of meaning in an action; empty when the action honours the contract for this clinic. */
    public List<String> problems(AssistantAction action, AssistantContext context) {
        List<String> problems = new ArrayList<>();
        if (action == null) {
            return List.of("action is null");
        }
        if (action.action() == null) {
            problems.add("action type is null");
        }
        if (!Objects.equals(action.clinicAddress(), context.clinicAddress())) {
            problems.add("clinic_address differs from the clinic's address");
        }
        if (!Objects.equals(action.timezone(), context.zone().getId())) {
            problems.add("timezone differs from the clinic's zone");
        }
        if (!ENGINES.contains(action.engine())) {
            problems.add("engine must be claude or local");
        }
        if (action.careType() != null && !context.careTypeCodes().contains(action.careType())) {
            problems.add("care_type is not one of the clinic's codes: " + action.careType());
        }
        checkPatient(action.patient(), context, problems);
        if (action.slot() != null) {
            int before = problems.size();
            checkRange("slot", action.slot().startIso(), action.slot().endIso(), context, problems);
            if (action.slot().durationMinutes() <= 0) {
                problems.add("slot.duration_minutes must be positive");
            } else if (problems.size() == before) {
                long minutes = java.time.Duration.between(parse(action.slot().startIso()), parse(action.slot().endIso()))
                        .toMinutes();
                if (minutes != action.slot().durationMinutes()) {
                    problems.add("slot.end_iso is not start_iso + duration_minutes");
                }
            }
        }
        if (action.window() != null) {
            checkRange("window", action.window().startIso(), action.window().endIso(), context, problems);
            checkDailyBounds(action.window(), problems);
        }
        if (action.original() != null) {
            checkRange("original", action.original().startIso(), action.original().endIso(), context, problems);
        }
        checkQuestion(action, problems);
        checkActionNeeds(action, problems);
        return problems;
    }

    /** A copy of the action carrying the clinic's own address and zone and the engine's name. */
    public static AssistantAction withContextFacts(AssistantAction action, AssistantContext context, String engine) {
        return new AssistantAction(action.action(), context.clinicAddress(), context.zone().getId(), action.patient(),
                action.careType(), action.slot(), action.window(), action.original(), action.missing(),
                action.questionFr(), engine);
    }

    /** The phone pattern the contract gives for a country calling code. */
    public static Pattern phonePattern(int countryCallingCode) {
        return countryCallingCode == 223 ? MALIAN_NUMBER : ALGERIAN_MOBILE;
    }

    private static void checkPatient(AssistantAction.Patient patient, AssistantContext context, List<String> problems) {
        if (patient == null) {
            return;
        }
        if (patient.phoneE164() != null
                && !phonePattern(context.countryCallingCode()).matcher(patient.phoneE164()).matches()) {
            problems.add("patient.phone_e164 does not match the clinic's country pattern");
        }
        if (patient.name() != null && patient.name().isBlank()) {
            problems.add("patient.name is blank; use null");
        }
    }

    private static void checkRange(String field, String startIso, String endIso, AssistantContext context,
            List<String> problems) {
        OffsetDateTime start = parseOrReport(field + ".start_iso", startIso, context, problems);
        OffsetDateTime end = parseOrReport(field + ".end_iso", endIso, context, problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(field + ".end_iso is not after start_iso");
        }
    }

    private static OffsetDateTime parseOrReport(String field, String iso, AssistantContext context,
            List<String> problems) {
        if (iso == null) {
            problems.add(field + " is null");
            return null;
        }
        try {
            OffsetDateTime time = parse(iso);
            if (!time.getOffset().equals(context.zone().getRules().getOffset(time.toInstant()))) {
                problems.add(field + " does not carry the clinic zone's offset: " + iso);
            }
            return time;
        } catch (DateTimeParseException e) {
            problems.add(field + " is not ISO-8601 with an offset: " + iso);
            return null;
        }
    }

    private static OffsetDateTime parse(String iso) {
        return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void checkDailyBounds(AssistantAction.Window window, List<String> problems) {
        String from = window.dailyStart();
        String to = window.dailyEnd();
        if ((from == null) != (to == null)) {
            problems.add("window.daily_start and daily_end must both be set or both be null");
            return;
        }
        if (from == null) {
            return;
        }
        if (!LOCAL_TIME.matcher(from).matches() || !LOCAL_TIME.matcher(to).matches()) {
            problems.add("window daily bounds must be HH:MM");
        } else if (!LocalTime.parse(to).isAfter(LocalTime.parse(from))) {
            problems.add("window.daily_end is not after daily_start");
        }
    }

    private static void checkQuestion(AssistantAction action, List<String> problems) {
        boolean needInfo = action.action() == ActionType.NEED_INFO;
        if (needInfo && (action.questionFr() == null || action.questionFr().isBlank())) {
            problems.add("NEED_INFO needs a question_fr");
        }
        if (!needInfo && action.questionFr() != null) {
            problems.add("question_fr is only for NEED_INFO");
        }
        if (!needInfo && !action.missing().isEmpty()) {
            problems.add("missing is only for NEED_INFO");
        }
    }

    /** What each action cannot do without; anything less is a NEED_INFO. */
    private static void checkActionNeeds(AssistantAction action, List<String> problems) {
        if (action.action() == null) {
            return;
        }
        switch (action.action()) {
            case CREATE -> {
                if (action.slot() == null) {
                    problems.add("CREATE needs a slot");
                }
                if (action.patient() == null || action.patient().name() == null) {
                    problems.add("CREATE needs a patient name");
                }
            }
            case RESCHEDULE, CANCEL, CONFIRMATION -> {
                if (action.original() == null && action.patient() == null) {
                    problems.add(action.action() + " needs the original appointment or the patient");
                }
            }
            default -> {
            }
        }
    }

    private static void checkNode(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                checkNode(value, option, path, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(path + " matches none of its allowed shapes");
            return;
        }
        JsonNode type = schema.get("type");
        if (!typeAllows(type, value)) {
            problems.add(path + " has the wrong type");
            return;
        }
        if (value.isNull()) {
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(path + " is not an allowed value: " + value.asText());
        }
        if (value.isObject()) {
            JsonNode properties = schema.get("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!properties.has(name)) {
                    problems.add(path + "." + name + " is not a known key");
                }
            }
            for (JsonNode required : schema.get("required")) {
                String name = required.asText();
                if (!value.has(name)) {
                    problems.add(path + "." + name + " is missing");
                } else {
                    checkNode(value.get(name), properties.get(name), path + "." + name, problems);
                }
            }
        } else if (value.isArray()) {
            int index = 0;
            for (JsonNode item : value) {
                checkNode(item, schema.get("items"), path + "[" + index++ + "]", problems);
            }
        }
    }

    private static boolean typeAllows(JsonNode type, JsonNode value) {
        if (type == null) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (typeAllows(option, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
