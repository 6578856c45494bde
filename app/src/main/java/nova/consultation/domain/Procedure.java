package nova.consultation.domain;

/** A care act performed during the visit (a filling, a dressing…) and where: the tooth, the limb, free text. */
public record Procedure(String act, String site) {
}
