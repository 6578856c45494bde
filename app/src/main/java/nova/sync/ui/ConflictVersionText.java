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
    /** « Prévu », « Confirmé »… as the agenda says them, not BOOKED or CONFIRMED. */
    private static final java.util.ResourceBundle STATUSES = new nova.ui.support.Messages().bundle();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("start_at", "Début"), Map.entry("end_at", "Fin"), Map.entry("status", "Statut"),
            Map.entry("notes", "Notes"), Map.entry("care_type_code", "Soin"), Map.entry("chair_id", "Fauteuil"),
            Map.entry("practitioner_id", "Praticien"), Map.entry("patient_id", "Patient"),
            Map.entry("cancel_reason", "Motif d'annulation"), Map.entry("last_name", "Nom"),
            Map.entry("first_name", "Prénom"), Map.entry("phone_e164", "Téléphone"), Map.entry("village", "Village"),
            Map.entry("birth_year", "Année de naissance"), Map.entry("updated_at", "Modifié le"),
            // A consultation's clinical fields.
            Map.entry("seen_at", "Vu le"), Map.entry("reason", "Motif"),
            Map.entry("temperature_tenths", "Température (°C)"), Map.entry("pulse_bpm", "Pouls"),
            Map.entry("systolic_mmhg", "Tension systolique (mmHg)"),
            Map.entry("diastolic_mmhg", "Tension diastolique (mmHg)"), Map.entry("weight_tenths_kg", "Poids (kg)"),
            Map.entry("diagnosis", "Diagnostics"), Map.entry("treatment", "Actes"),
            Map.entry("prescription", "Ordonnance"), Map.entry("referral", "Référence"));

    private ConflictVersionText() {
    }

    /** The conflict's list line with the field's French name (« Notes », not « notes » or « cancel_reason »). */
    static String title(SyncConflict conflict) {
        String label = conflict.kind() == ConflictKind.FIELD ? LABELS.get(conflict.field()) : null;
        return label == null ? conflict.title()
                : conflict.title().replace("« " + conflict.field() + " »", "« " + label + " »");
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
                    .append(readable(conflict.field(), parse(value), zone)).append("\n\n");
        }
        JsonNode node = parse(payload);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String label = LABELS.get(field.getKey());
                // The field in conflict is already the first line.
                boolean shown = conflict.kind() == ConflictKind.FIELD && field.getKey().equals(conflict.field());
                if (label != null && !shown) {
                    text.append(label).append(" : ").append(readable(field.getKey(), field.getValue(), zone))
                            .append('\n');
                }
            }
        }
        return text.toString().strip();
    }

    private static String readable(String field, JsonNode value, ZoneId zone) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        if (field != null && field.endsWith("_tenths") || "weight_tenths_kg".equals(field)) {
            return value.canConvertToInt() || value.isTextual() && value.asText().matches("\\d+")
                    ? String.valueOf(value.asInt() / 10.0).replace('.', ',') : value.asText();
        }
        String text = value.asText();
        if ("status".equals(field) && STATUSES.containsKey("status." + text)) {
            return STATUSES.getString("status." + text);
        }
        JsonNode structured = text.startsWith("[") || text.startsWith("{") ? parse(text) : null;
        if (structured != null && (structured.isArray() || structured.isObject())) {
            return lines(structured);
        }
        if (text.matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
            try {
                return WHEN.format(Instant.parse(text).atZone(zone));
            } catch (RuntimeException e) {
                return text;
            }
        }
        return text;
    }

    /** A list (diagnoses, medicines…) as one line per item, its values joined: « K02.1 · Carie de la dentine ». */
    private static String lines(JsonNode structured) {
        if (structured.isArray() && structured.isEmpty()) {
            return "—";
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode item : structured.isArray() ? structured : JSON.createArrayNode().add(structured)) {
            StringBuilder line = new StringBuilder();
            for (JsonNode part : item.isContainerNode() ? item : JSON.createArrayNode().add(item)) {
                if (!part.isNull() && !part.asText().isBlank()) {
                    line.append(line.isEmpty() ? "" : " · ").append(part.asText());
                }
            }
            out.append("\n  – ").append(line);
        }
        return out.toString();
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
