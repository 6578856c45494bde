package nova.sync.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.SyncConflict;

/** One side of a conflict as readable French lines, for the side-by-side view. */
final class ConflictVersionText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("start_at", "Début"), Map.entry("end_at", "Fin"), Map.entry("status", "Statut"),
            Map.entry("notes", "Notes"), Map.entry("care_type_code", "Soin"), Map.entry("chair_id", "Fauteuil"),
            Map.entry("practitioner_id", "Praticien"), Map.entry("patient_id", "Patient"),
            Map.entry("cancel_reason", "Motif d'annulation"), Map.entry("last_name", "Nom"),
            Map.entry("first_name", "Prénom"), Map.entry("phone_e164", "Téléphone"), Map.entry("village", "Village"),
            Map.entry("birth_year", "Année de naissance"), Map.entry("updated_at", "Modifié le"));

    private ConflictVersionText() {
    }

    static String local(SyncConflict conflict, ZoneId zone) {
        return describe(conflict, conflict.localValue(), conflict.localPayload(), zone);
    }

    static String remote(SyncConflict conflict, ZoneId zone) {
        return describe(conflict, conflict.remoteValue(), conflict.remotePayload(), zone);
    }

    private static String describe(SyncConflict conflict, String value, String payload, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        if (conflict.kind() == ConflictKind.FIELD) {
            text.append(LABELS.getOrDefault(conflict.field(), conflict.field())).append(" : ")
                    .append(readable(parse(value), zone)).append("\n\n");
        }
        JsonNode node = parse(payload);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String label = LABELS.get(field.getKey());
                if (label != null) {
                    text.append(label).append(" : ").append(readable(field.getValue(), zone)).append('\n');
                }
            }
        }
        return text.toString().strip();
    }

    private static String readable(JsonNode value, ZoneId zone) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
            try {
                return WHEN.format(Instant.parse(text).atZone(zone));
            } catch (RuntimeException e) {
                return text;
            }
        }
        return text;
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }
}
