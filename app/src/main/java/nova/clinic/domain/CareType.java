package nova.clinic.domain;

/**
 * A kind of appointment with its default duration and agenda colour. {@code code} is the stable identifier used by
 * the assistant contract (e.g. "detartrage"); {@code label} is the French name shown to users.
 */
public record CareType(String code, String label, int durationMinutes, String colorHex) {
}
