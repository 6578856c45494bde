package nova.sync.connector.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;

/** Checks a change before it leaves: a bad one is refused on its own instead of failing its whole batch. */
public final class PayloadCheck {

    private final ObjectMapper mapper;

    public PayloadCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A French reason when the change cannot be sent, empty when it can. */
    public Optional<String> problemWith(ChangeRecord change) {
        if (change.entity().isBlank() || change.entity().length() > 64) {
            return Optional.of("Type d'enregistrement absent ou trop long.");
        }
        if (change.operation() == Operation.DELETE) {
            return Optional.empty();
        }
        try {
            JsonNode node = mapper.readTree(change.payload());
            if (node == null || !node.isObject()) {
                return Optional.of("Le contenu de la modification n'est pas un objet JSON.");
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("Le contenu de la modification n'est pas du JSON valide.");
        }
    }
}
