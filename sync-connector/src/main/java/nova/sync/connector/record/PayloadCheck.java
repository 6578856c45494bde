package nova.sync.connector.record;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;

/**
 * Checks a change before it leaves: a bad one is refused on its own instead of failing its whole batch. The
 * payload is streamed through, not built into a tree: every pushed change passes here, and the tree was a
 * measurable part of the push's client time.
 */
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
        if (change.payload() == null) {
            return Optional.of("Le contenu de la modification n'est pas un objet JSON.");
        }
        try (JsonParser parser = mapper.getFactory().createParser(change.payload())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of("Le contenu de la modification n'est pas un objet JSON.");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                // The payload is spliced as is into the batch's JSON: anything after the object would break it.
                return Optional.of("Le contenu de la modification n'est pas du JSON valide.");
            }
            if (first != JsonToken.START_OBJECT) {
                return Optional.of("Le contenu de la modification n'est pas un objet JSON.");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Le contenu de la modification n'est pas du JSON valide.");
        }
    }
}
