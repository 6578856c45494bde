package nova.sync.connector.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges concurrent edits of one record against their common base, field by field (decision 0042):
 * <ul>
 * <li>a field only one edit changed takes that change;</li>
 * <li>a field several edits changed: the latest in hub order wins;</li>
 * <li>but a clinical field changed differently by several edits is also reported as a conflict, every version
 * kept, for a person to choose.</li>
 * </ul>
 * The result depends only on the set of edits, never on the order they are given in. Pure: no I/O, no clock.
 */
public final class ConflictResolver {

    public static final Set<String> DEFAULT_CLINICAL_FIELDS = Set.of(
            "notes", "diagnosis", "treatment", "prescription", "allergies", "antecedents", "observations");

    private final Set<String> clinicalFields;
    private final ObjectMapper mapper;

    public ConflictResolver(Set<String> clinicalFields, ObjectMapper mapper) {
        this.clinicalFields = Set.copyOf(clinicalFields);
        this.mapper = mapper;
    }

    public ConflictResolver() {
        this(DEFAULT_CLINICAL_FIELDS, new ObjectMapper());
    }

    public MergeResult merge(String basePayload, Collection<Edit> edits) {
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<Edit> inHubOrder = edits.stream().sorted(Edit.HUB_ORDER).toList();
        Edit latest = inHubOrder.getLast();
        ObjectNode base = parse(basePayload);
        Map<Edit, ObjectNode> contents = new LinkedHashMap<>();
        Set<String> fields = new TreeSet<>();
        base.fieldNames().forEachRemaining(fields::add);
        for (Edit edit : inHubOrder) {
            if (!edit.isDelete()) {
                ObjectNode content = parse(edit.payload());
                contents.put(edit, content);
                content.fieldNames().forEachRemaining(fields::add);
            }
        }
        ObjectNode merged = mapper.createObjectNode();
        List<FieldConflict> conflicts = new ArrayList<>();
        for (String field : fields) {
            JsonNode baseValue = base.path(field);
            Map<JsonNode, Edit> latestByValue = new LinkedHashMap<>();
            for (Map.Entry<Edit, ObjectNode> entry : contents.entrySet()) {
                JsonNode value = entry.getValue().path(field);
                if (!value.equals(baseValue)) {
                    latestByValue.put(value, entry.getKey()); // in hub order: the last put is the latest edit
                }
            }
            JsonNode chosen = latestByValue.isEmpty() ? baseValue : latestChange(latestByValue);
            if (!chosen.isMissingNode()) {
                merged.set(field, chosen);
            }
            if (latestByValue.size() > 1 && clinicalFields.contains(field)) {
                List<FieldConflict.Version> versions = latestByValue.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue(Edit.HUB_ORDER))
                        .map(entry -> new FieldConflict.Version(text(entry.getKey()), entry.getValue()))
                        .toList();
                conflicts.add(new FieldConflict(field, text(baseValue), versions));
            }
        }
        boolean deleted = latest.isDelete();
        return new MergeResult(deleted ? null : text(merged), deleted, conflicts);
    }

    /** Every pair of active appointments holding the same chair at overlapping times, in id order. */
    public List<SlotClash> slotClashes(Collection<AppointmentSlot> appointments) {
        List<AppointmentSlot> sorted = appointments.stream()
                .sorted(Comparator.comparing(AppointmentSlot::id)).toList();
        List<SlotClash> clashes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).overlaps(sorted.get(j))) {
                    clashes.add(new SlotClash(sorted.get(i), sorted.get(j)));
                }
            }
        }
        return clashes;
    }

    private static JsonNode latestChange(Map<JsonNode, Edit> latestByValue) {
        return latestByValue.entrySet().stream()
                .max(Map.Entry.comparingByValue(Edit.HUB_ORDER))
                .orElseThrow()
                .getKey();
    }

    private ObjectNode parse(String payload) {
        if (payload == null) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(payload);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new IllegalArgumentException("payload is not a JSON object");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not JSON", e);
        }
    }

    private String text(JsonNode node) {
        if (node == null || node instanceof MissingNode) {
            return "null";
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
