package nova.sync.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.Set;
import nova.sync.store.OutboxRow;

/**
 * The other site an outgoing change is addressed to. Every change of an addressable record must carry its
 * addressee, or the addressee would not read that version (the hub serves a site the ledger rows addressed to
 * it); the payload's {@code target_site} says which site, so the outbox needs no column of its own.
 */
final class Addressee {

    /** The hub's addressable kinds (hub migrations V1 and V7). */
    static final Set<String> ADDRESSABLE = Set.of("referral", "referral_status");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Addressee() {
    }

    static Optional<String> of(OutboxRow row) {
        if (!ADDRESSABLE.contains(row.entity()) || row.payload() == null) {
            return Optional.empty();
        }
        try {
            JsonNode target = JSON.readTree(row.payload()).path("target_site");
            return target.isTextual() && !target.asText().isBlank() ? Optional.of(target.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
