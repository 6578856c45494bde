package nova.consultation.domain;

/** The patient is sent elsewhere (CSRéf, hospital, specialist): where, why, and where the referral stands. */
public record Referral(String destination, String reason, ReferralStatus status) {
}
