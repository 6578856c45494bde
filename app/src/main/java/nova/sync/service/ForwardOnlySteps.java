package nova.sync.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import nova.referral.domain.ReferralAnswer;
import nova.referral.domain.ReferralProgress;

/**
 * The one kind whose synced fields only move forward: a referral's answer (« vue », « reçue », « traitée »).
 * Several desks of the receiving site write it, and the field-wise merge in hub order (decision 0042) would let a
 * late « reçue » overwrite a « traitée ». Wherever two versions of an answer meet (a pulled change applied over
 * the local row, a hub version merged into an unpushed edit), their steps are folded instead (decision 0215):
 * the furthest step, each step's earliest instant. Every other field keeps the usual merge.
 */
final class ForwardOnlySteps {

    static final String ENTITY = "referral_status";

    private ForwardOnlySteps() {
    }

    static boolean governs(String entity) {
        return ENTITY.equals(entity);
    }

    /**
     * Writes into {@code target} the fold of its steps with those of {@code others} (null: none); returns whether
     * {@code target}'s steps changed. A version whose step this desk does not know (a newer release) is left as
     * it is rather than guessed at.
     */
    static boolean fold(ObjectNode target, ObjectNode... others) {
        Optional<ReferralAnswer> own = answer(target);
        if (own.isEmpty()) {
            return false;
        }
        ReferralAnswer folded = own.get();
        for (ObjectNode other : others) {
            if (other != null) {
                Optional<ReferralAnswer> theirs = answer(other);
                if (theirs.isEmpty()) {
                    return false;
                }
                folded = folded.merge(theirs.get());
            }
        }
        if (folded.equals(own.get()) && folded.status().name().equals(target.path("status").asText())) {
            return false;
        }
        target.put("status", folded.status().name());
        put(target, "seen_at", folded.seenAt());
        put(target, "received_at", folded.receivedAt());
        put(target, "handled_at", folded.handledAt());
        return true;
    }

    /** The steps a payload holds; empty when its step is one this release does not know. */
    static Optional<ReferralAnswer> answer(ObjectNode payload) {
        ReferralProgress status;
        JsonNode step = payload.get("status");
        if (step == null || step.isNull()) {
            status = ReferralProgress.NEW;
        } else {
            try {
                status = ReferralProgress.valueOf(step.asText());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ReferralAnswer(status, instant(payload, "seen_at"), instant(payload, "received_at"),
                instant(payload, "handled_at")));
    }

    private static Instant instant(ObjectNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : Instant.parse(value.asText());
    }

    private static void put(ObjectNode target, String field, Instant value) {
        if (value == null) {
            target.putNull(field);
        } else {
            target.put(field, value.toString());
        }
    }
}
