package nova.consultation.domain;

import java.util.UUID;

/**
 * The patient is sent elsewhere (CSRéf, hospital, specialist): where, why, how urgently, and where the referral
 * stands. {@code targetSiteId} is the hub id of the destination when it is another NOVA site (the referral then
 * travels to it, decision 0200), null for a destination named in free text; {@code referralId} is the id of the
 * record sent, set by the service.
 */
public record Referral(String destination, String reason, ReferralStatus status, ReferralUrgency urgency,
                       String targetSiteId, UUID referralId) {

    public Referral {
        urgency = urgency == null ? ReferralUrgency.ROUTINE : urgency;
        targetSiteId = targetSiteId == null || targetSiteId.isBlank() ? null : targetSiteId;
    }

    /** A referral to a destination named in free text (not sent through the hub). */
    public static Referral named(String destination, String reason, ReferralStatus status) {
        return new Referral(destination, reason, status, ReferralUrgency.ROUTINE, null, null);
    }

    public boolean addressed() {
        return targetSiteId != null;
    }

    public Referral withReferralId(UUID id) {
        return new Referral(destination, reason, status, urgency, targetSiteId, id);
    }
}
