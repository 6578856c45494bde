package nova.referral.domain;

import java.time.Instant;

/** What the sending site knows of its referral: the addressee's last step and when (null: no answer yet). */
public record SentReferralState(String destination, ReferralProgress progress, Instant at) {
}
