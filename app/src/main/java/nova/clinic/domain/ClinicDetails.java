package nova.clinic.domain;

import java.util.Objects;

/** The clinic's profile and the contact details that do not drive the agenda (the phone printed on cards). */
public record ClinicDetails(ClinicProfile profile, String phone) {

    public ClinicDetails {
        Objects.requireNonNull(profile, "profile");
        phone = phone == null ? "" : phone.strip();
    }
}
