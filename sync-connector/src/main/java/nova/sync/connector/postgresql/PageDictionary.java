package nova.sync.connector.postgresql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a packed pull page names once instead of in every row (decision 0185): {@code {"s": shapes, "w":
 * workstations}}. A workstation id is a 36-character UUID, about a fifth of a row if repeated.
 */
record PageDictionary(List<Shape> shapes, List<String> workstations) {

    static PageDictionary read(ObjectMapper mapper, String text) throws IOException {
        JsonNode all = text == null ? null : mapper.readTree(text);
        if (all == null || !all.isObject() || !all.path("s").isArray() || !all.path("w").isArray()) {
            throw new IOException("pull dictionary is not {\"s\": [...], \"w\": [...]}");
        }
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode shape : all.get("s")) {
            if (!shape.isArray() || shape.isEmpty()) {
                throw new IOException("pull shape is not [entity, key, ...]");
            }
            List<String> names = new ArrayList<>(shape.size());
            for (JsonNode name : shape) {
                if (!name.isTextual()) {
                    throw new IOException("pull shape is not [entity, key, ...]");
                }
                names.add(name.asText());
            }
            shapes.add(new Shape(names.getFirst(), List.copyOf(names.subList(1, names.size()))));
        }
        List<String> workstations = new ArrayList<>();
        for (JsonNode workstation : all.get("w")) {
            if (!workstation.isTextual()) {
                throw new IOException("pull workstation is not a text");
            }
            workstations.add(workstation.asText());
        }
        return new PageDictionary(List.copyOf(shapes), List.copyOf(workstations));
    }

    Shape shape(int number) throws IOException {
        if (number < 0 || number >= shapes.size()) {
            throw new IOException("pull row names shape " + number + " of " + shapes.size());
        }
        return shapes.get(number);
    }

    String workstation(int number) throws IOException {
        if (number < 0 || number >= workstations.size()) {
            throw new IOException("pull row names workstation " + number + " of " + workstations.size());
        }
        return workstations.get(number);
    }
}
