package nova.security.domain;

/** The user logged in on this workstation; every change is recorded under this name. */
public record CurrentUser(String username, String displayName, Role role) {
}
