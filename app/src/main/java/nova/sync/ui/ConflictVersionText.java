package nova.sync.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PhoneNumbers;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.SyncConflict;
import nova.ui.session.RecordNames;

/**
 * One side of a conflict as readable French lines, for the side-by-side view: names instead of identifiers (a
 * receptionist cannot choose between two UUIDs), dates in the clinic's zone. May read the store through
 * {@link RecordNames}: made off the FX thread.
 */
final class ConflictVersionText {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** « Prévu », « Confirmé »… as the agenda says them, not BOOKED or CONFIRMED. */
    private static final java.util.ResourceBundle STATUSES = new nova.ui.support.Messages().bundle();
    /** « jeu. 26 nov. 2026, 09:30 ». */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.FRENCH);
    /** The fields a person reads, in the order they read them (who, when, what, with whom, then the rest). */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        String[][] labels = {
            {"patient_id", "Patient"}, {"start_at", "Début"}, {"end_at", "Fin"}, {"care_type_code", "Soin"},
            {"practitioner_id", "Praticien"}, {"chair_id", "Fauteuil"}, {"status", "Statut"},
            {"cancel_reason", "Motif d'annulation"}, {"notes", "Notes"},
            {"last_name", "Nom"}, {"first_name", "Prénom"}, {"birth_year", "Année de naissance"},
            {"phone_e164", "Téléphone"}, {"village", "Village"},
            // A consultation's clinical fields.
            {"seen_at", "Vu le"}, {"reason", "Motif"}, {"temperature_tenths", "Température (°C)"},
            {"pulse_bpm", "Pouls"}, {"systolic_mmhg", "Tension systolique (mmHg)"},
            {"diastolic_mmhg", "Tension diastolique (mmHg)"}, {"weight_tenths_kg", "Poids (kg)"},
            {"diagnosis", "Diagnostics"}, {"treatment", "Actes"}, {"prescription", "Ordonnance"},
            {"referral", "Référence"},
            {"updated_at", "Modifié le"}};
        for (String[] label : labels) {
            LABELS.put(label[0], label[1]);
        }
    }

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);
    private final RecordNames names;
    private final ZoneId zone;

    ConflictVersionText(RecordNames names, ZoneId zone) {
        this.names = names;
        this.zone = zone;
    }

    /**
     * The conflict's list line with the field's French name (« Notes », not « notes » or « cancel_reason »); a
     * clash also says which chair and when.
     */
    String title(SyncConflict conflict) {
        if (conflict.kind() == ConflictKind.SLOT_CLASH) {
            JsonNode appointment = parse(conflict.localPayload());
            if (appointment.isObject() && appointment.hasNonNull("chair_id") && appointment.hasNonNull("start_at")) {
                // Two short lines: the list is narrow, and the chair's name says « the same chair ».
                return "Deux rendez-vous au même moment\n" + readable("chair_id", appointment.get("chair_id"))
                        + " · " + readable("start_at", appointment.get("start_at"));
            }
            return conflict.title();
        }
        String label = LABELS.get(conflict.field());
        return label == null ? conflict.title()
                : conflict.title().replace("« " + conflict.field() + " »", "« " + label + " »");
    }

    String local(SyncConflict conflict) {
        return describe(conflict, conflict.localValue(), conflict.localPayload(), conflict.remotePayload());
    }

    String remote(SyncConflict conflict) {
        return describe(conflict, conflict.remoteValue(), conflict.remotePayload(), conflict.localPayload());
    }

    private String describe(SyncConflict conflict, String value, String payload, String otherPayload) {
        StringBuilder text = new StringBuilder();
        if (conflict.kind() == ConflictKind.FIELD) {
            text.append(LABELS.getOrDefault(conflict.field(), conflict.field())).append(" : ")
                    .append(readable(conflict.field(), parse(value))).append("\n\n");
        }
        JsonNode node = parse(payload);
        JsonNode other = parse(otherPayload);
        if (node.isObject()) {
            for (Map.Entry<String, String> label : LABELS.entrySet()) {
                String key = label.getKey();
                // The field in conflict is already the first line; a field empty on both sides says nothing.
                boolean shown = conflict.kind() == ConflictKind.FIELD && key.equals(conflict.field());
                if (!node.has(key) || shown || empty(node.get(key)) && empty(other.path(key))) {
                    continue;
                }
                String readable = "end_at".equals(key) ? end(node.get("start_at"), node.get(key))
                        : readable(key, node.get(key));
                text.append(label.getValue()).append(" : ").append(readable).append('\n');
            }
        }
        return text.toString().strip();
    }

    private String readable(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        switch (field == null ? "" : field) {
            case "patient_id" -> {
                return byId(value, names::patient).map(this::patientName).orElse("patient inconnu sur ce poste");
            }
            case "practitioner_id" -> {
                return byId(value, names::practitioner).orElse("praticien inconnu sur ce poste");
            }
            case "chair_id" -> {
                return byId(value, names::chair).orElse("fauteuil inconnu sur ce poste");
            }
            case "care_type_code" -> {
                return names.careType(value.asText()).orElse("soin inconnu sur ce poste");
            }
            default -> {
                // any other field reads as it is, below
            }
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

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank();
    }

    /** The end as an hour alone when it is on the start's day (« 09:30 »), else as a whole date. */
    private String end(JsonNode start, JsonNode end) {
        try {
            var from = Instant.parse(start.asText()).atZone(zone);
            var to = Instant.parse(end.asText()).atZone(zone);
            if (from.toLocalDate().equals(to.toLocalDate())) {
                return HOUR.format(to);
            }
        } catch (RuntimeException notTwoInstants) {
            // shown as any other date below
        }
        return readable("end_at", end);
    }

    /** An identifier that does not parse (a damaged row) is as unknown as one not on this workstation. */
    private static <T> Optional<T> byId(JsonNode value, Function<UUID, Optional<T>> lookup) {
        try {
            return lookup.apply(UUID.fromString(value.asText()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** « BENALI Karim », and when another patient has that name, what tells them apart (birth year, else phone). */
    private String patientName(PatientSummary patient) {
        String first = patient.firstName() == null || patient.firstName().isBlank() ? ""
                : " " + patient.firstName().strip();
        String name = patient.lastName().strip().toUpperCase(Locale.FRENCH) + first;
        if (!names.hasNamesake(patient)) {
            return name;
        }
        if (patient.birthYear() != null) {
            return name + " (né(e) en " + patient.birthYear() + ")";
        }
        return patient.phoneE164() == null ? name : name + " (" + PhoneNumbers.display(patient.phoneE164()) + ")";
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
