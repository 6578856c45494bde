package nova.clinic.domain;

/** A care type as the administrator edits it, deactivated ones included. */
public record CareTypeSetting(CareType careType, boolean active) {

    public String code() {
        return careType.code();
    }
}
